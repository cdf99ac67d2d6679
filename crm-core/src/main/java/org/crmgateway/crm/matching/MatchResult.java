package org.crmgateway.crm.matching;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crmgateway.crm.CaptureParticipant;
import org.crmgateway.crm.EmailAddress;
import org.crmgateway.crm.MatchRule;
import org.jspecify.annotations.Nullable;

/**
 * What the matcher decided about one message.
 *
 * @param reason       why a message is skipped or unresolved, empty when logged
 * @param participants every participant in order, with the partner it matched and the rule
 * @param links        the partners the activity belongs to, each with the first rule that linked it
 * @param unknown      external participants that matched nothing (one per address)
 * @param toCreate     contacts to create first (rule 5, CREATE_CONTACT), then {@link #withCreated}
 * @param outbound     whether a sender (FROM, ORGANIZER) is staff
 * @param staffSender  the staff user who sent it, if the sender address is a user's
 */
public record MatchResult(Decision decision, String reason, List<ParticipantMatch> participants,
                          Map<Long, MatchRule> links, List<EmailAddress> unknown, List<NewContact> toCreate,
                          boolean outbound, @Nullable Long staffSender) {

    /** Whether and how a message is kept. */
    public enum Decision {
        LOG,
        UNRESOLVED,
        SKIP
    }

    /** One participant and what it matched; {@code key} is the address as the settings compare it. */
    public record ParticipantMatch(CaptureParticipant participant, String key, @Nullable Long partner, MatchRule rule) {
    }

    /**
     * A contact to create for an unknown address.
     *
     * @param key           the address as the settings compare it; {@link #withCreated} is keyed by it
     * @param companyDomain the domain to create (or find) a company for; null for free-mail addresses
     */
    public record NewContact(EmailAddress address, String key, @Nullable String displayName,
                             @Nullable String companyDomain) {
    }

    /** The ids of a created person and its company (null when free-mail). */
    public record Created(long person, @Nullable Long company) {
    }

    /** Fills in the contacts created for {@link #toCreate}, keyed by {@link NewContact#key()}. */
    public MatchResult withCreated(Map<String, Created> created) {
        Map<Long, MatchRule> newLinks = new LinkedHashMap<>(links);
        List<ParticipantMatch> newParticipants = new ArrayList<>(participants.size());
        for (ParticipantMatch p : participants) {
            Created c = p.rule() == MatchRule.NONE ? created.get(p.key()) : null;
            if (c == null) {
                newParticipants.add(p);
                continue;
            }
            newParticipants.add(new ParticipantMatch(p.participant(), p.key(), c.person(), MatchRule.CREATED_CONTACT));
            newLinks.putIfAbsent(c.person(), MatchRule.CREATED_CONTACT);
            if (c.company() != null) {
                newLinks.putIfAbsent(c.company(), MatchRule.CREATED_CONTACT);
            }
        }
        return new MatchResult(Decision.LOG, "", List.copyOf(newParticipants), newLinks, List.of(), List.of(),
                outbound, staffSender);
    }
}
