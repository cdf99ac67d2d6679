package org.crmgateway.calendarsync.ical;

import org.crmgateway.crm.Capture;
import org.crmgateway.crm.CaptureBody;
import org.crmgateway.crm.MeetingDetails;

/** Maps occurrences to MEETING captures for the core. */
public final class MeetingCaptures {
    private MeetingCaptures() {
    }

    public static Capture of(Occurrence occurrence, CaptureOrigin origin) {
        CalendarEvent event = occurrence.event();
        MeetingDetails details = new MeetingDetails(occurrence.uid(), occurrence.recurrenceId(), occurrence.start(),
                occurrence.end(), occurrence.allDay(), event.location(), occurrence.status());
        return Capture.meeting(origin.tenant(), origin.source(), occurrence.sourceKey(), details)
                .owner(origin.owner())
                .participants(event.participants())
                .subject(event.summary())
                .body(event.description() == null ? CaptureBody.EMPTY : CaptureBody.ofText(event.description()))
                .visibility(origin.visibility())
                .build();
    }
}
