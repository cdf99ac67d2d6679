package org.crmgateway.web.api.activity;

import org.crmgateway.crm.ActivityParticipant;
import org.crmgateway.crm.MatchRule;
import org.crmgateway.crm.ParticipantRole;
import org.jspecify.annotations.Nullable;

/**
 * A participant as contract v1 lists it ({@code address, role, partnerId}); {@code displayName},
 * {@code rule} (why the partner is linked) and {@code answer} (a meeting attendee's PARTSTAT) are extensions.
 */
record ParticipantView(String address, ParticipantRole role, @Nullable Long partnerId, @Nullable String displayName,
                       MatchRule rule, @Nullable String answer) {

    static ParticipantView of(ActivityParticipant p) {
        return new ParticipantView(p.address(), p.role(), p.partnerId() == null ? null : p.partnerId().value(),
                p.displayName(), p.rule(), p.answer());
    }
}
