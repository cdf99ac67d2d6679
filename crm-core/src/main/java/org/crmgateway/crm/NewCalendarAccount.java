package org.crmgateway.crm;

import java.net.URI;
import org.jspecify.annotations.Nullable;

/**
 * A CalDAV account to sync; the URL may be a server root (discovery finds the calendars).
 *
 * @param pollInterval seconds between polls; null takes the configured default
 */
public record NewCalendarAccount(UserId owner, URI url, String username, String secret, Visibility visibility,
                                 @Nullable Integer pollInterval) {
    public NewCalendarAccount {
        if (url.getScheme() == null || !(url.getScheme().equals("http") || url.getScheme().equals("https"))
                || url.getHost() == null) {
            throw new CrmValidationException("url", "must be an http or https URL");
        }
        if (username.isBlank()) {
            throw new CrmValidationException("username", "must not be blank");
        }
        if (pollInterval != null && (pollInterval < 10 || pollInterval > 86400)) {
            throw new CrmValidationException("pollInterval", "must be between 10 and 86400 seconds");
        }
    }

    /** Without the secret, so that logging the request never leaks it. */
    @Override
    public String toString() {
        return "NewCalendarAccount[owner=%s, url=%s, username=%s, secret=***, visibility=%s, pollInterval=%s]"
                .formatted(owner, url, username, visibility, pollInterval);
    }
}
