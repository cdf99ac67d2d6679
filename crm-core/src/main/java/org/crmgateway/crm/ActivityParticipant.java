package org.crmgateway.crm;

import org.jspecify.annotations.Nullable;

/** A participant of a stored activity with the partner it matched and the rule that matched it. */
public record ActivityParticipant(String address, @Nullable String displayName, ParticipantRole role,
                                  @Nullable PartnerId partnerId, MatchRule rule, @Nullable String answer) {
}
