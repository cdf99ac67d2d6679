package org.crmgateway.crm;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The calendar side of a MEETING capture: one occurrence of an event.
 *
 * @param uid          the iCalendar UID
 * @param recurrenceId the occurrence of a recurring event (its original start, UTC), null for a single event
 * @param allDay       whether the event is a date, not a time (start and end are then midnight UTC)
 */
public record MeetingDetails(String uid, @Nullable Instant recurrenceId, Instant start, Instant end,
                             boolean allDay, @Nullable String location, MeetingStatus status) {
    public MeetingDetails {
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("Meeting ends before it starts: " + uid);
        }
    }
}
