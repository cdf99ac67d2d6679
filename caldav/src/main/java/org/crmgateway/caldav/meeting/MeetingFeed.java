package org.crmgateway.caldav.meeting;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crmgateway.caldav.CalendarChanged;
import org.crmgateway.caldav.DavHrefs;
import org.crmgateway.caldav.store.CalendarCollection;
import org.crmgateway.caldav.store.CalendarObject;
import org.crmgateway.caldav.store.CalendarStore;
import org.crmgateway.calendarsync.ical.CaptureOrigin;
import org.crmgateway.calendarsync.ical.MeetingReader;
import org.crmgateway.crm.Capture;
import org.crmgateway.crm.Checkpoint;
import org.crmgateway.crm.Checkpoints;
import org.crmgateway.crm.HistoryRecorder;
import org.crmgateway.crm.SourceBatch;
import org.crmgateway.crm.ParticipantRole;
import org.crmgateway.crm.SourceKind;
import org.crmgateway.crm.SourceRef;
import org.crmgateway.crm.Visibility;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Feeds what clients write to the CalDAV server into the CRM history. After each committed
 * change it records every object changed since the calendar's checkpoint (its sync revision,
 * stored with the activities by the recorder): new and changed meetings as captures, deleted
 * ones as withdrawals. Catching up from the checkpoint makes it idempotent and self-healing: a
 * failed or repeated run is covered by the next one.
 */
@Component
class MeetingFeed {
    private static final Logger LOG = LoggerFactory.getLogger(MeetingFeed.class);
    private static final int BATCH = 200;

    private final CalendarStore store;
    private final HistoryRecorder recorder;
    private final Checkpoints checkpoints;
    private final MeetingReader reader;
    private final MeetingKeys keys;
    private final TransactionTemplate transactions;

    MeetingFeed(CalendarStore store, HistoryRecorder recorder, Checkpoints checkpoints, MeetingReader reader,
                MeetingKeys keys, TransactionTemplate transactions) {
        this.store = store;
        this.recorder = recorder;
        this.checkpoints = checkpoints;
        this.reader = reader;
        this.keys = keys;
        this.transactions = transactions;
    }

    @EventListener
    void on(CalendarChanged change) {
        String scope = DavHrefs.calendar(change.username(), change.slug());
        try {
            catchUp(change, scope);
        } catch (RuntimeException e) {
            LOG.warn("Recording meetings of calendar {} failed; the next change retries", change.calendarId(), e);
        }
    }

    private void catchUp(CalendarChanged change, String scope) {
        long position = checkpoints.position(change.tenant(), SourceKind.CALDAV, change.calendarId(), scope)
                .map(Long::parseLong).orElse(0L);
        if (position >= change.revision()) {
            return;
        }
        CalendarCollection calendar = store.calendar(change.tenant(), change.owner(), change.slug())
                .filter(c -> c.id() == change.calendarId()).orElse(null);
        if (calendar == null) {
            return;
        }
        List<CalendarObject> changed = new ArrayList<>();
        long revision;
        try {
            revision = store.changes(calendar, position, changed::add);
        } catch (IllegalArgumentException e) {
            revision = store.changes(calendar, 0, changed::add);
        }
        SourceBatch.Builder batch = SourceBatch.to(new Checkpoint(change.tenant(), SourceKind.CALDAV,
                calendar.id(), scope, Long.toString(revision)));
        Map<String, Set<String>> recorded = new LinkedHashMap<>();
        for (int from = 0; from < changed.size(); from += BATCH) {
            List<CalendarObject> chunk = changed.subList(from, Math.min(changed.size(), from + BATCH));
            chunk.stream().filter(CalendarObject::deleted).forEach(o -> {
                keys.of(calendar.tenant(), calendar.id(), o.href()).forEach(batch::withdraw);
                recorded.put(o.href(), Set.of());
            });
            store.objects(calendar, chunk.stream().filter(o -> !o.deleted()).map(CalendarObject::href).toList())
                    .forEach(o -> recorded.put(o.href(), add(batch, calendar, scope, o)));
        }
        transactions.executeWithoutResult(status -> {
            recorder.record(batch.build());
            recorded.forEach((href, k) -> keys.replace(calendar.tenant(), calendar.id(), href, k));
        });
        LOG.debug("Calendar {} recorded up to revision {}", calendar.id(), revision);
    }

    /**
     * Adds the object's meetings, one per occurrence and keyed as calendar sync keys them, so that
     * a calendar both served here and synced as an account gives each meeting once; withdraws the
     * occurrences an earlier version had and this one lacks. Returns the keys now recorded.
     */
    private Set<String> add(SourceBatch.Builder batch, CalendarCollection calendar, String scope, CalendarObject o) {
        Set<String> before = keys.of(calendar.tenant(), calendar.id(), o.href());
        CaptureOrigin origin = new CaptureOrigin(calendar.tenant(), calendar.owner(),
                new SourceRef(SourceKind.CALDAV, calendar.id(), scope, o.href()), Visibility.EVERYTHING);
        if (o.data() == null || !(reader.read(o.data(), origin, Instant.now()) instanceof MeetingReader.Meetings read)) {
            return before;
        }
        // events nobody else attends are appointments, not meetings
        List<Capture> meetings = read.captures().stream()
                .filter(c -> c.participants().stream().anyMatch(p -> p.role() == ParticipantRole.ATTENDEE))
                .toList();
        Set<String> now = new LinkedHashSet<>();
        meetings.forEach(c -> {
            batch.add(c);
            now.add(c.sourceKey());
        });
        before.stream().filter(k -> !now.contains(k)).forEach(batch::withdraw);
        return now;
    }
}
