package org.crmgateway.web.api.account;

import java.util.List;

import org.crmgateway.crm.CalendarAccount;
import org.crmgateway.crm.FolderProgress;
import org.crmgateway.crm.SyncState;
import org.crmgateway.crm.Visibility;
import org.jspecify.annotations.Nullable;

/**
 * A CalDAV account and its sync status, shaped like a mail account's; {@code calendars} lists
 * the progress per calendar href. It has no field that could carry the password.
 */
record CalendarAccountResponse(long id, long userId, String url, String username, Visibility visibility,
                               @Nullable Integer pollInterval, SyncState state, @Nullable String lastError,
                               List<FolderView> calendars) {

    static CalendarAccountResponse of(CalendarAccount a, List<FolderProgress> progress) {
        return new CalendarAccountResponse(a.id(), a.owner().value(), a.url().toString(), a.username(),
                a.visibility(), a.pollInterval(), a.state(), a.lastError(), FolderView.of(progress, List.of()));
    }
}
