package org.crmgateway.calendarsync.ical;

import java.time.Duration;
import java.util.List;
import org.crmgateway.crm.CaptureParticipant;
import org.crmgateway.crm.MeetingStatus;
import org.jspecify.annotations.Nullable;

/**
 * One VEVENT as read: a single event, the master of a series, or an override of one occurrence.
 *
 * @param recurrenceId set for an override (RECURRENCE-ID): which occurrence of the series it replaces
 * @param start        DTSTART; null only in iTIP REPLY and CANCEL messages, which may omit it
 * @param length       DTEND minus DTSTART, or DURATION; zero when neither is given for a timed event
 * @param participants ORGANIZER first (if any), then the ATTENDEEs with a mailto: address
 * @param rrule        the RRULE value (RFC 5545 section 3.3.10), if any; several RRULEs are not supported
 * @param sequence     SEQUENCE, to tell which of two versions of an event is newer
 */
public record CalendarEvent(String uid, @Nullable EventTime recurrenceId, @Nullable String summary,
                            @Nullable String description, @Nullable String location,
                            List<CaptureParticipant> participants, @Nullable EventTime start, Duration length,
                            MeetingStatus status, @Nullable String rrule, List<EventTime> rdates,
                            List<EventTime> exdates, int sequence) {

    public CalendarEvent {
        if (uid.isBlank()) {
            throw new IllegalArgumentException("An event needs a UID");
        }
        if (length.isNegative()) {
            throw new IllegalArgumentException("An event cannot end before it starts: " + uid);
        }
        participants = List.copyOf(participants);
        rdates = List.copyOf(rdates);
        exdates = List.copyOf(exdates);
    }

    /** Whether this VEVENT defines a series (RRULE or RDATE). */
    public boolean isRecurring() {
        return rrule != null || !rdates.isEmpty();
    }

    /** Whether this VEVENT replaces one occurrence of a series. */
    public boolean isOverride() {
        return recurrenceId != null;
    }

    /** The same event with other participants (an iTIP REPLY changes an attendee's answer). */
    public CalendarEvent withParticipants(List<CaptureParticipant> newParticipants) {
        return new CalendarEvent(uid, recurrenceId, summary, description, location, newParticipants, start, length,
                status, rrule, rdates, exdates, sequence);
    }

    /** The same event with another status (an iTIP CANCEL cancels it). */
    public CalendarEvent withStatus(MeetingStatus newStatus) {
        return new CalendarEvent(uid, recurrenceId, summary, description, location, participants, start, length,
                newStatus, rrule, rdates, exdates, sequence);
    }
}
