package org.crmgateway.web.preference;

import java.time.ZoneId;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/** A user's language (null: the browser's) and time zone (null: UTC). */
public record UserPreference(@Nullable Locale locale, @Nullable ZoneId zone) {

    public static final UserPreference NONE = new UserPreference(null, null);

    public ZoneId zoneOrUtc() {
        return zone == null ? ZoneId.of("UTC") : zone;
    }
}
