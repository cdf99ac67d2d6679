package org.crmgateway.web.page;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Formats instants in the reader's time zone and language; templates call it as {@code @dates}. */
@Component("dates")
class Dates {

    private final PageUsers users;

    Dates(PageUsers users) {
        this.users = users;
    }

    public String format(@Nullable Instant instant) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(LocaleContextHolder.getLocale()).withZone(zone()).format(instant);
    }

    /** Machine-readable form for {@code <time datetime>}. */
    public String iso(@Nullable Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(zone()).format(instant);
    }

    ZoneId zone() {
        return users.current().map(u -> u.preference().zoneOrUtc()).orElse(ZoneId.of("UTC"));
    }
}
