package org.crmgateway.calendarsync.ical;

import java.time.Instant;
import org.crmgateway.crm.MeetingStatus;
import org.crmgateway.crm.SourceKeys;
import org.jspecify.annotations.Nullable;

/**
 * One dated meeting: a single event, or one occurrence of a series (master or override).
 *
 * @param recurrenceId the occurrence's original start (UTC), null for a single event
 * @param event        the VEVENT that describes it: the master, or the override that replaced it
 */
public record Occurrence(String uid, @Nullable Instant recurrenceId, Instant start, Instant end, boolean allDay,
                         MeetingStatus status, CalendarEvent event) {

    public Occurrence {
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("Occurrence ends before it starts: " + uid);
        }
    }

    /** The key under which the core keeps this occurrence: {@link SourceKeys#ofMeeting}. */
    public String sourceKey() {
        return SourceKeys.ofMeeting(uid, recurrenceId);
    }
}
