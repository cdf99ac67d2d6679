package org.crmgateway.mailingest.parse;

import java.time.Instant;
import java.util.List;
import org.crmgateway.crm.CaptureAttachment;
import org.crmgateway.crm.CaptureBody;
import org.crmgateway.crm.CaptureParticipant;
import org.crmgateway.crm.MailTraits;
import org.crmgateway.crm.ParticipantRole;
import org.crmgateway.crm.ThreadKeys;
import org.jspecify.annotations.Nullable;

/**
 * One message as the parser read it, free of mime4j types.
 *
 * @param sourceKey   see {@link org.crmgateway.crm.SourceKeys}
 * @param date        the Date header, null when missing or unreadable
 * @param forwarded   attached {@code message/rfc822} parts, parsed the same way
 * @param warnings    what the parser noticed and repaired (mime4j {@code DecodeMonitor} and ours)
 */
public record ParsedMail(String sourceKey, @Nullable Instant date, List<CaptureParticipant> participants,
                         @Nullable String subject, CaptureBody body, List<CaptureAttachment> attachments,
                         List<String> calendarParts, ThreadKeys thread, MailTraits traits, List<ParsedMail> forwarded,
                         List<String> warnings) {

    public ParsedMail {
        participants = List.copyOf(participants);
        attachments = List.copyOf(attachments);
        calendarParts = List.copyOf(calendarParts);
        forwarded = List.copyOf(forwarded);
        warnings = List.copyOf(warnings);
    }

    public List<CaptureParticipant> withRole(ParticipantRole role) {
        return participants.stream().filter(p -> p.role() == role).toList();
    }

    /** The same message with its participants replaced (the dropbox re-attributes senders). */
    public ParsedMail withParticipants(List<CaptureParticipant> replaced) {
        return new ParsedMail(sourceKey, date, replaced, subject, body, attachments, calendarParts, thread, traits,
                forwarded, warnings);
    }
}
