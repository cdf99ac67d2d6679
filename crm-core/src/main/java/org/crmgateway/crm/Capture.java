package org.crmgateway.crm;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One thing read from a source, independent of the source: a mail message or a meeting
 * occurrence. Every edge module produces captures; only {@link HistoryRecorder} turns them into
 * activities.
 *
 * @param owner          the staff user whose mailbox or calendar it was read from (null for a
 *                       tenant-level source such as the BCC dropbox: the sender then decides)
 * @param sourceKey      what makes the capture the same wherever it is read: the normalised
 *                       Message-ID, a hash of stable headers for mail without one, or
 *                       {@code UID|RECURRENCE-ID} for a meeting; see {@link SourceKeys}
 * @param calendarParts  raw {@code text/calendar} parts of a message (iMIP), handed on to calendar sync
 * @param privateToOwner whether only the owner may see the activity
 */
public record Capture(
        TenantId tenant,
        @Nullable UserId owner,
        CaptureKind kind,
        SourceRef source,
        String sourceKey,
        Instant occurredAt,
        List<CaptureParticipant> participants,
        @Nullable String subject,
        CaptureBody body,
        List<CaptureAttachment> attachments,
        ThreadKeys thread,
        MailTraits traits,
        @Nullable MeetingDetails meeting,
        List<String> calendarParts,
        Visibility visibility,
        boolean privateToOwner) {

    public Capture {
        if (sourceKey.isBlank() || sourceKey.length() > 1000) {
            throw new IllegalArgumentException("Source key must be 1 to 1000 characters");
        }
        if (kind == CaptureKind.MEETING && meeting == null) {
            throw new IllegalArgumentException("A meeting capture needs meeting details");
        }
        participants = List.copyOf(participants);
        attachments = List.copyOf(attachments);
        calendarParts = List.copyOf(calendarParts);
    }

    /** Starts an e-mail capture; the builder fills the optional parts with their empty values. */
    public static Builder email(TenantId tenant, SourceRef source, String sourceKey, Instant occurredAt) {
        return new Builder(tenant, CaptureKind.EMAIL, source, sourceKey, occurredAt);
    }

    public static Builder meeting(TenantId tenant, SourceRef source, String sourceKey, MeetingDetails meeting) {
        return new Builder(tenant, CaptureKind.MEETING, source, sourceKey, meeting.start()).meeting(meeting);
    }

    /** Fluent construction of a capture; every setter returns the builder. */
    public static final class Builder {
        private final TenantId tenant;
        private final CaptureKind kind;
        private final SourceRef source;
        private final String sourceKey;
        private final Instant occurredAt;
        private @Nullable UserId owner;
        private List<CaptureParticipant> participants = List.of();
        private @Nullable String subject;
        private CaptureBody body = CaptureBody.EMPTY;
        private List<CaptureAttachment> attachments = List.of();
        private ThreadKeys thread = ThreadKeys.NONE;
        private MailTraits traits = MailTraits.PERSONAL;
        private @Nullable MeetingDetails meeting;
        private List<String> calendarParts = List.of();
        private Visibility visibility = Visibility.EVERYTHING;
        private boolean privateToOwner;

        private Builder(TenantId tenant, CaptureKind kind, SourceRef source, String sourceKey, Instant occurredAt) {
            this.tenant = tenant;
            this.kind = kind;
            this.source = source;
            this.sourceKey = sourceKey;
            this.occurredAt = occurredAt;
        }

        public Builder owner(@Nullable UserId owner) { this.owner = owner; return this; }
        public Builder participants(List<CaptureParticipant> participants) { this.participants = participants; return this; }
        public Builder subject(@Nullable String subject) { this.subject = subject; return this; }
        public Builder body(CaptureBody body) { this.body = body; return this; }
        public Builder attachments(List<CaptureAttachment> attachments) { this.attachments = attachments; return this; }
        public Builder thread(ThreadKeys thread) { this.thread = thread; return this; }
        public Builder traits(MailTraits traits) { this.traits = traits; return this; }
        public Builder meeting(@Nullable MeetingDetails meeting) { this.meeting = meeting; return this; }
        public Builder calendarParts(List<String> calendarParts) { this.calendarParts = calendarParts; return this; }
        public Builder visibility(Visibility visibility) { this.visibility = visibility; return this; }
        public Builder privateToOwner(boolean privateToOwner) { this.privateToOwner = privateToOwner; return this; }

        public Capture build() {
            return new Capture(tenant, owner, kind, source, sourceKey, occurredAt, participants, subject, body,
                    attachments, thread, traits, meeting, calendarParts, visibility, privateToOwner);
        }
    }
}
