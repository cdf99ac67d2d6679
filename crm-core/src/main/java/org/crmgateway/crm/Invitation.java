package org.crmgateway.crm;

import org.jspecify.annotations.Nullable;

/** A {@code text/calendar} part of a recorded mail, waiting for calendar sync. */
public record Invitation(long id, TenantId tenant, ActivityId mail, @Nullable UserId owner, String calendarText,
                         boolean processed) {
}
