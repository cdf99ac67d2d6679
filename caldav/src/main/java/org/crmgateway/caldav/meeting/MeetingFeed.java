package org.crmgateway.caldav.meeting;

import java.util.ArrayList;
import java.util.List;
import org.crmgateway.caldav.CalendarChanged;
import org.crmgateway.caldav.DavHrefs;
import org.crmgateway.caldav.ical.InvalidCalendarDataException;
import org.crmgateway.caldav.ical.MeetingMapper;
import org.crmgateway.caldav.ical.ParsedCalendar;
import org.crmgateway.caldav.store.CalendarCollection;
import org.crmgateway.caldav.store.CalendarObject;
import org.crmgateway.caldav.store.CalendarStore;
import org.crmgateway.crm.Checkpoint;
import org.crmgateway.crm.Checkpoints;
import org.crmgateway.crm.HistoryRecorder;
import org.crmgateway.crm.SourceBatch;
import org.crmgateway.crm.SourceKeys;
import org.crmgateway.crm.SourceKind;
import org.crmgateway.crm.SourceRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

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

    MeetingFeed(CalendarStore store, HistoryRecorder recorder, Checkpoints checkpoints) {
        this.store = store;
        this.recorder = recorder;
        this.checkpoints = checkpoints;
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
        for (int from = 0; from < changed.size(); from += BATCH) {
            List<CalendarObject> chunk = changed.subList(from, Math.min(changed.size(), from + BATCH));
            chunk.stream().filter(CalendarObject::deleted)
                    .forEach(o -> batch.withdraw(SourceKeys.ofMeeting(o.uid(), null)));
            store.objects(calendar, chunk.stream().filter(o -> !o.deleted()).map(CalendarObject::href).toList())
                    .forEach(o -> add(batch, calendar, scope, o));
        }
        recorder.record(batch.build());
        LOG.debug("Calendar {} recorded up to revision {}", calendar.id(), revision);
    }

    private static void add(SourceBatch.Builder batch, CalendarCollection calendar, String scope, CalendarObject o) {
        ParsedCalendar parsed;
        try {
            parsed = ParsedCalendar.parse(o.data());
        } catch (InvalidCalendarDataException e) {
            return;
        }
        var captures = MeetingMapper.captures(parsed, calendar.tenant(), calendar.owner(),
                new SourceRef(SourceKind.CALDAV, calendar.id(), scope, o.href()));
        if (captures.isEmpty()) {
            // No longer a meeting (attendees removed): withdraw what an earlier version recorded.
            MeetingMapper.sourceKeys(parsed).forEach(batch::withdraw);
        }
        captures.forEach(batch::add);
    }
}
