package org.crmgateway.crm.matching;

import java.util.List;
import java.util.Set;
import org.crmgateway.crm.CaptureParticipant;
import org.crmgateway.crm.MailTraits;

/**
 * What the matcher looks at.
 *
 * @param threadPartners partners already linked to the thread this message replies in (rule 6)
 */
public record MatchInput(List<CaptureParticipant> participants, MailTraits traits, Set<Long> threadPartners) {

    public MatchInput {
        participants = List.copyOf(participants);
        threadPartners = Set.copyOf(threadPartners);
    }

    public static MatchInput of(List<CaptureParticipant> participants) {
        return new MatchInput(participants, MailTraits.PERSONAL, Set.of());
    }
}
