package org.crmgateway.crm;

import java.net.URI;
import org.jspecify.annotations.Nullable;

/** A registered CalDAV account, without its secret. */
public record CalendarAccount(long id, TenantId tenant, UserId owner, URI url, String username, Visibility visibility,
                              @Nullable Integer pollInterval, SyncState state, @Nullable String lastError) {
}
