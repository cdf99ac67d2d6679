package org.crmgateway.web.api.activity;

import java.time.Instant;

import org.crmgateway.crm.MeetingDetails;
import org.crmgateway.crm.MeetingStatus;
import org.jspecify.annotations.Nullable;

/** The calendar side of a MEETING activity (an extension of contract v1). */
record MeetingView(String uid, Instant start, Instant end, boolean allDay, @Nullable String location,
                   MeetingStatus status) {

    static @Nullable MeetingView of(@Nullable MeetingDetails m) {
        return m == null ? null : new MeetingView(m.uid(), m.start(), m.end(), m.allDay(), m.location(), m.status());
    }
}
