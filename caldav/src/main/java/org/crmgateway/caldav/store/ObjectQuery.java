package org.crmgateway.caldav.store;

import org.jspecify.annotations.Nullable;

/**
 * The part of a calendar-query the store can answer from its index columns.
 *
 * @param component the component name an object must have, or null for any
 * @param start     epoch millis; objects ending at or before it are skipped (Long.MIN_VALUE: open)
 * @param end       epoch millis; objects starting at or after it are skipped (Long.MAX_VALUE: open)
 * @param withData  whether to load the text, or only the index
 */
public record ObjectQuery(@Nullable String component, long start, long end, boolean withData) {
    public static ObjectQuery all(boolean withData) {
        return new ObjectQuery(null, Long.MIN_VALUE, Long.MAX_VALUE, withData);
    }

    public boolean matches(CalendarObject object) {
        return !object.deleted()
                && (component == null || component.equals(object.component()))
                && object.index().overlaps(start, end);
    }
}
