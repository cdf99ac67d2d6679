package org.crmgateway.web.page;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.crmgateway.crm.ActivityParticipant;
import org.crmgateway.crm.ActivitySummary;
import org.crmgateway.crm.CaptureKind;
import org.crmgateway.crm.MeetingDetails;
import org.crmgateway.crm.PartnerId;
import org.crmgateway.crm.UserId;
import org.jspecify.annotations.Nullable;

/**
 * One line of a partner's timeline as the page shows it: who, when, which way, and why it is
 * linked to the partner.
 *
 * @param way     message key suffix: {@code INBOUND}, {@code OUTBOUND} or {@code MEETING}
 * @param reasons why the activity is on this partner's page: the matcher rule with the address it matched
 * @param staff   the staff member whose mailbox or calendar it came from, if known
 */
public record TimelineEntry(long id, CaptureKind type, String way, Instant when, @Nullable String subject,
                     @Nullable String snippet, String from, String to, List<Reason> reasons, boolean privateToOwner,
                     int attachments, @Nullable MeetingDetails meeting, @Nullable String staff) {

    /** A matcher rule and the address it matched. */
    public record Reason(String rule, String address) {
    }

    static TimelineEntry of(ActivitySummary a, Set<PartnerId> partnerAndPersons, Map<UserId, String> staffNames) {
        List<Reason> reasons = new ArrayList<>();
        for (ActivityParticipant p : a.participants()) {
            if (p.partnerId() != null && partnerAndPersons.contains(p.partnerId())) {
                reasons.add(new Reason(p.rule().name(), p.address()));
            }
        }
        String way = a.type() == CaptureKind.MEETING || a.direction() == null ? "MEETING" : a.direction().name();
        return new TimelineEntry(a.id().value(), a.type(), way, a.occurredAt(), a.subject(), a.snippet(),
                names(a, true), names(a, false), List.copyOf(new LinkedHashSet<>(reasons)), a.privateToOwner(),
                a.attachmentCount(), a.meeting(), a.owner() == null ? null : staffNames.get(a.owner()));
    }

    private static String names(ActivitySummary a, boolean senders) {
        List<String> names = a.participants().stream()
                .filter(p -> p.role().isSender() == senders)
                .map(p -> p.displayName() == null || p.displayName().isBlank()
                        ? p.address() : p.displayName() + " <" + p.address() + ">")
                .distinct().toList();
        if (names.size() > 4) {
            return names.stream().limit(3).collect(Collectors.joining(", ")) + " +" + (names.size() - 3);
        }
        return String.join(", ", names);
    }
}
