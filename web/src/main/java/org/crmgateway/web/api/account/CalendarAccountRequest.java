package org.crmgateway.web.api.account;

import java.net.URI;
import java.net.URISyntaxException;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.crmgateway.crm.CrmValidationException;
import org.crmgateway.crm.NewCalendarAccount;
import org.crmgateway.crm.UserId;
import org.crmgateway.crm.Visibility;
import org.jspecify.annotations.Nullable;

/**
 * {@code POST /api/calendar-accounts}; {@code userId} defaults to the caller; {@code visibility}
 * and {@code pollInterval} (seconds) are extensions. The password is never returned or logged.
 */
record CalendarAccountRequest(@Nullable Long userId, @NotBlank String url, @NotBlank String username,
                              @NotNull String password, @Nullable Visibility visibility,
                              @Nullable Integer pollInterval) {

    NewCalendarAccount toNewAccount(UserId owner) {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw new CrmValidationException("url", "is not a URL");
        }
        return new NewCalendarAccount(owner, uri, username, password,
                visibility == null ? Visibility.EVERYTHING : visibility, pollInterval);
    }

    @Override
    public String toString() {
        return "CalendarAccountRequest[userId=%s, url=%s, username=%s]".formatted(userId, url, username);
    }
}
