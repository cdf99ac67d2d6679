package org.crmgateway.calendarsync.client;

import org.jspecify.annotations.Nullable;

/** A calendar object fetched by calendar-multiget: its path, entity tag and iCalendar text. */
public record CalendarObject(String href, @Nullable String etag, String data) {
}
