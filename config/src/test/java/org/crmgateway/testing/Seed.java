package org.crmgateway.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.crmgateway.crm.ActivityId;
import org.crmgateway.crm.AttachmentStore;
import org.crmgateway.crm.BatchResult;
import org.crmgateway.crm.Capture;
import org.crmgateway.crm.CaptureAttachment;
import org.crmgateway.crm.CaptureBody;
import org.crmgateway.crm.CaptureOutcome;
import org.crmgateway.crm.CaptureParticipant;
import org.crmgateway.crm.Checkpoint;
import org.crmgateway.crm.EmailAddress;
import org.crmgateway.crm.HistoryRecorder;
import org.crmgateway.crm.MeetingDetails;
import org.crmgateway.crm.MeetingStatus;
import org.crmgateway.crm.NewPartner;
import org.crmgateway.crm.NewUser;
import org.crmgateway.crm.ParticipantRole;
import org.crmgateway.crm.Partner;
import org.crmgateway.crm.PartnerId;
import org.crmgateway.crm.PartnerKind;
import org.crmgateway.crm.Partners;
import org.crmgateway.crm.QuarantineItem;
import org.crmgateway.crm.QuarantineReason;
import org.crmgateway.crm.Role;
import org.crmgateway.crm.SourceBatch;
import org.crmgateway.crm.SourceKeys;
import org.crmgateway.crm.SourceKind;
import org.crmgateway.crm.SourceRef;
import org.crmgateway.crm.StaffUser;
import org.crmgateway.crm.StaffUsers;
import org.crmgateway.crm.StoredContent;
import org.crmgateway.crm.TenantId;
import org.crmgateway.crm.Tenants;
import org.crmgateway.crm.ThreadKeys;
import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Builds test data through the core's own doors: tenants, staff users, partners, and history
 * recorded by {@link HistoryRecorder} exactly as an ingest module would. Tests {@code @Import} it.
 */
public class Seed {

    public static final String PASSWORD = "correct-horse-battery";
    private static final AtomicLong SEQUENCE = new AtomicLong();

    private final Tenants tenants;
    private final StaffUsers staff;
    private final Partners partners;
    private final HistoryRecorder recorder;
    private final AttachmentStore attachments;
    private final PasswordEncoder encoder;

    public Seed(Tenants tenants, StaffUsers staff, Partners partners, HistoryRecorder recorder, AttachmentStore attachments,
         PasswordEncoder encoder) {
        this.tenants = tenants;
        this.staff = staff;
        this.partners = partners;
        this.recorder = recorder;
        this.attachments = attachments;
        this.encoder = encoder;
    }

    /** A unique suffix, so tests sharing one application context never collide. */
    public static String unique(String prefix) {
        return prefix + SEQUENCE.incrementAndGet() + "x" + Long.toString(System.nanoTime() % 100_000, 36);
    }

    public TenantId tenant(String name) {
        return tenants.create(unique(name)).id();
    }

    /** A staff user whose address is {@code username@domain}; the password is {@link #PASSWORD}. */
    public StaffUser user(TenantId tenant, String username, String domain, Role role) {
        return staff.create(tenant, new NewUser(username, new EmailAddress(username + "@" + domain), List.of(),
                encoder.encode(PASSWORD), role));
    }

    public Partner company(TenantId tenant, String name, String domain) {
        return partners.create(tenant, new NewPartner(PartnerKind.COMPANY, name, List.of(), List.of(domain), null));
    }

    public Partner person(TenantId tenant, String name, String email, @Nullable PartnerId company) {
        return partners.create(tenant, new NewPartner(PartnerKind.PERSON, name, List.of(new EmailAddress(email)),
                List.of(), company));
    }

    public StoredContent store(TenantId tenant, byte[] content) {
        try {
            return attachments.store(tenant, new ByteArrayInputStream(content));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Records a meeting the user organised with the given attendees. */
    public ActivityId meeting(TenantId tenant, StaffUser owner, String subject, Instant start, Duration length,
                              String location, String... attendees) {
        long n = SEQUENCE.incrementAndGet();
        String uid = unique("uid") + "@test.example";
        List<CaptureParticipant> people = new ArrayList<>();
        people.add(new CaptureParticipant(owner.email(), null, ParticipantRole.ORGANIZER, "ACCEPTED"));
        for (String a : attendees) {
            people.add(new CaptureParticipant(new EmailAddress(a), null, ParticipantRole.ATTENDEE, "ACCEPTED"));
        }
        MeetingDetails details = new MeetingDetails(uid, null, start, start.plus(length), false, location,
                MeetingStatus.CONFIRMED);
        Capture capture = Capture.meeting(tenant, new SourceRef(SourceKind.IMPORT, 1, "seed-calendar", "ev-" + n),
                        SourceKeys.ofMeeting(uid, null), details)
                .owner(owner.id()).participants(people).subject(subject).build();
        return recorded(recorder.record(SourceBatch.to(
                new Checkpoint(tenant, SourceKind.IMPORT, 1, "seed-calendar", "n" + n)).add(capture).build()));
    }

    /** Quarantines raw bytes as an ingest module would when it cannot parse them. */
    public void quarantine(TenantId tenant, byte[] raw, QuarantineReason reason, String detail) {
        long n = SEQUENCE.incrementAndGet();
        recorder.record(SourceBatch.to(new Checkpoint(tenant, SourceKind.IMPORT, 1, "seed-broken", "n" + n))
                .quarantine(new QuarantineItem(tenant, new SourceRef(SourceKind.IMPORT, 1, "seed-broken", "bad-" + n),
                        reason, detail, raw))
                .build());
    }

    private static ActivityId recorded(BatchResult result) {
        CaptureOutcome outcome = result.outcomes().getFirst();
        if (outcome.activity() == null) {
            throw new IllegalStateException("Not recorded: " + outcome.kind() + " " + outcome.reason());
        }
        return outcome.activity();
    }

    /** Starts an e-mail to record; {@link Mail#record()} sends it through the history recorder. */
    public Mail mail(TenantId tenant, StaffUser owner, String from, String to, String subject) {
        return new Mail(tenant, owner, from, to, subject);
    }

    /** An e-mail as mail ingest would capture it. */
    public final class Mail {
        private final TenantId tenant;
        private final StaffUser owner;
        private final String from;
        private final String to;
        private final String subject;
        private String messageId = unique("msg") + "@test.example";
        private @Nullable String inReplyTo;
        private Instant at = Instant.parse("2026-11-02T09:00:00Z");
        private CaptureBody body = CaptureBody.ofText("Hello");
        private final List<CaptureAttachment> parts = new ArrayList<>();
        private boolean privateToOwner;

        private Mail(TenantId tenant, StaffUser owner, String from, String to, String subject) {
            this.tenant = tenant;
            this.owner = owner;
            this.from = from;
            this.to = to;
            this.subject = subject;
        }

        public Mail at(Instant at) { this.at = at; return this; }
        public Mail messageId(String id) { this.messageId = id; return this; }
        public Mail inReplyTo(String id) { this.inReplyTo = id; return this; }
        public Mail text(String text) { this.body = new CaptureBody(text, null, text.length() > 120 ? text.substring(0, 120) : text, null); return this; }
        public Mail html(String html) {
            String text = html.replaceAll("<[^>]*>", " ").replaceAll("\\s+", " ").strip();
            this.body = new CaptureBody(text, html, text.length() > 120 ? text.substring(0, 120) : text, null);
            return this;
        }
        public Mail privateToOwner() { this.privateToOwner = true; return this; }

        public Mail attach(String fileName, String mediaType, byte[] content, @Nullable String contentId) {
            StoredContent stored = store(tenant, content);
            parts.add(new CaptureAttachment(fileName, mediaType, stored.size(), stored.sha256(), contentId,
                    contentId != null));
            return this;
        }

        public String messageId() {
            return messageId;
        }

        public ActivityId record() {
            long n = SEQUENCE.incrementAndGet();
            Capture capture = Capture.email(tenant, new SourceRef(SourceKind.IMPORT, 1, "seed", "item-" + n),
                            SourceKeys.ofMessageId(messageId), at)
                    .owner(owner.id())
                    .participants(List.of(CaptureParticipant.of(from, ParticipantRole.FROM),
                            CaptureParticipant.of(to, ParticipantRole.TO)))
                    .subject(subject)
                    .body(body)
                    .attachments(parts)
                    .thread(new ThreadKeys(messageId, inReplyTo, inReplyTo == null ? List.of() : List.of(inReplyTo)))
                    .privateToOwner(privateToOwner)
                    .build();
            return recorded(recorder.record(SourceBatch.to(
                    new Checkpoint(tenant, SourceKind.IMPORT, 1, "seed", "n" + n)).add(capture).build()));
        }
    }

    public static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
