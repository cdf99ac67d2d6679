package org.crmgateway.calendarsync.invitation;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.crmgateway.calendarsync.ical.CaptureOrigin;
import org.crmgateway.calendarsync.ical.MeetingReader;
import org.crmgateway.calendarsync.ical.ParseOutcome;
import org.crmgateway.calendarsync.ical.ParsedCalendar;
import org.crmgateway.calendarsync.sync.CalendarObjectStore;
import org.crmgateway.crm.Checkpoint;
import org.crmgateway.crm.HistoryRecorder;
import org.crmgateway.crm.Invitation;
import org.crmgateway.crm.Invitations;
import org.crmgateway.crm.QuarantineItem;
import org.crmgateway.crm.SourceBatch;
import org.crmgateway.crm.SourceKind;
import org.crmgateway.crm.SourceKeys;
import org.crmgateway.crm.SourceRef;
import org.crmgateway.crm.TenantId;
import org.crmgateway.crm.Visibility;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records the meeting an invitation describes and marks the invitation processed, in one
 * transaction, so that an invitation is applied exactly once even when its event is delivered
 * twice or the sweep finds it too.
 */
@Component
public class InvitationProcessor {
    private static final Logger LOG = LoggerFactory.getLogger(InvitationProcessor.class);
    /** Invitations share one checkpoint row; its position names the last invitation applied. */
    static final String SCOPE = "imip";

    private final Invitations invitations;
    private final MeetingReader reader;
    private final CalendarObjectStore store;
    private final HistoryRecorder recorder;
    private final TransactionTemplate tx;
    private final Clock clock;

    public InvitationProcessor(Invitations invitations, MeetingReader reader, CalendarObjectStore store,
                               HistoryRecorder recorder, TransactionTemplate tx, ObjectProvider<Clock> clock) {
        this.invitations = invitations;
        this.reader = reader;
        this.store = store;
        this.recorder = recorder;
        this.tx = tx;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** Applies every invitation still waiting; returns how many were applied. */
    public int processPending(int limit) {
        List<Invitation> pending = invitations.unprocessed(limit);
        pending.forEach(this::process);
        return pending.size();
    }

    public void process(long invitationId, TenantId tenant) {
        invitations.find(tenant, invitationId).filter(i -> !i.processed()).ifPresent(this::process);
    }

    void process(Invitation invitation) {
        CaptureOrigin origin = new CaptureOrigin(invitation.tenant(), invitation.owner(),
                new SourceRef(SourceKind.INVITATION, invitation.mail().value(), "mail", "invitation " + invitation.id()),
                Visibility.EVERYTHING);
        tx.executeWithoutResult(status -> {
            Optional<QuarantineItem> rejected = apply(invitation.calendarText(), origin,
                    "invitation " + invitation.id());
            invitations.markProcessed(invitation.tenant(), invitation.id());
            rejected.ifPresent(q -> LOG.warn("Invitation {} quarantined: {}", invitation.id(), q.detail()));
        });
    }

    /**
     * Applies one iTIP message and records the result; joins the caller's transaction.
     *
     * @return the quarantine item when the text could not be used
     */
    public Optional<QuarantineItem> apply(String text, CaptureOrigin origin, String position) {
        TenantId tenant = origin.tenant();
        SourceBatch.Builder batch = SourceBatch.to(new Checkpoint(tenant, SourceKind.INVITATION, 0, SCOPE, position));
        byte[] raw = text.getBytes(StandardCharsets.UTF_8);
        Optional<QuarantineItem> rejected = switch (reader.parse(text)) {
            case ParseOutcome.Rejected r -> Optional.of(new QuarantineItem(tenant, origin.source(), r.reason(),
                    r.detail(), raw));
            case ParseOutcome.Parsed p -> meeting(p.calendar(), text, origin, batch)
                    .map(m -> record(m, origin, batch, raw)).orElse(Optional.empty());
        };
        rejected.ifPresent(batch::quarantine);
        recorder.record(batch.build());
        return rejected;
    }

    private Optional<QuarantineItem> record(ParsedCalendar meeting, CaptureOrigin origin, SourceBatch.Builder batch,
                                            byte[] raw) {
        return switch (reader.read(meeting, origin, clock.instant())) {
            case MeetingReader.Meetings m -> {
                m.captures().forEach(batch::add);
                yield Optional.empty();
            }
            case MeetingReader.Rejected r -> Optional.of(r.toQuarantine(origin, raw));
        };
    }

    /** The meeting as it stands after this message, or empty when there is nothing to record. */
    private Optional<ParsedCalendar> meeting(ParsedCalendar message, String text, CaptureOrigin origin,
                                             SourceBatch.Builder batch) {
        TenantId tenant = origin.tenant();
        String method = message.method() == null ? "PUBLISH" : message.method();
        for (String uid : message.uids()) {
            switch (method) {
                case "REPLY" -> store.save(tenant, 0, CalendarObjectStore.REPLIES, new CalendarObjectStore.Stored(
                        uid + " " + replier(message), null, uid, java.util.Set.of(), text));
                case "CANCEL" -> { }
                default -> store.save(tenant, 0, CalendarObjectStore.INVITATIONS,
                        new CalendarObjectStore.Stored(uid, null, uid, java.util.Set.of(), text));
            }
        }
        if (message.uids().size() != 1) {
            return message.events().isEmpty() ? Optional.empty() : Optional.of(message);
        }
        String uid = message.uids().iterator().next();
        Optional<ParsedCalendar> known = store.textOf(tenant, uid).flatMap(this::parsed);
        List<ParsedCalendar> replies = store.repliesTo(tenant, uid).stream().flatMap(t -> parsed(t).stream()).toList();
        return switch (method) {
            case "REPLY" -> {
                if (known.isEmpty()) {
                    LOG.info("Reply to meeting unknown to the gateway; kept until its invitation arrives");
                }
                yield known.map(m -> Replies.apply(m, replies));
            }
            case "CANCEL" -> {
                if (known.isEmpty() && message.events().stream().allMatch(e -> e.start() == null)) {
                    batch.withdraw(SourceKeys.ofMeeting(uid, null));
                    yield Optional.empty();
                }
                yield Optional.of(Replies.cancel(known.orElse(message), message));
            }
            default -> Optional.of(Replies.apply(known.orElse(message), replies));
        };
    }

    private static String replier(ParsedCalendar reply) {
        return reply.events().stream().flatMap(e -> e.participants().stream())
                .filter(p -> p.role() == org.crmgateway.crm.ParticipantRole.ATTENDEE)
                .map(p -> p.address().key()).findFirst().orElse("unknown");
    }

    private Optional<ParsedCalendar> parsed(String text) {
        return reader.parse(text) instanceof ParseOutcome.Parsed p ? Optional.of(p.calendar()) : Optional.empty();
    }
}
