package org.crmgateway.caldav;

import org.crmgateway.crm.TenantId;
import org.crmgateway.crm.UserId;

/** An object of a calendar was written or deleted and committed; the calendar is now at {@code revision}. */
public record CalendarChanged(TenantId tenant, UserId owner, String username, long calendarId, String slug,
                              long revision) {
}
