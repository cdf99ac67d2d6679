package org.crmgateway.calendarsync.ical;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/**
 * A DTSTART, DTEND, RDATE, EXDATE or RECURRENCE-ID value as written (RFC 5545 section 3.3.4 and
 * 3.3.5): a date, a time in a known zone (UTC included), or a floating local time.
 */
public sealed interface EventTime {

    /** The instant this time stands for; floating times are read in {@code floatingZone}, dates at midnight UTC. */
    Instant toInstant(ZoneId floatingZone);

    /** Whether this is a date without a time (an all-day value). */
    default boolean isDate() {
        return this instanceof AllDay;
    }

    /** A DATE value. */
    record AllDay(LocalDate date) implements EventTime {
        @Override
        public Instant toInstant(ZoneId floatingZone) {
            return date.atStartOfDay(ZoneOffset.UTC).toInstant();
        }
    }

    /** A DATE-TIME in UTC or with a TZID that could be resolved. */
    record Zoned(ZonedDateTime dateTime) implements EventTime {
        @Override
        public Instant toInstant(ZoneId floatingZone) {
            return dateTime.toInstant();
        }
    }

    /** A DATE-TIME without zone: the same wall-clock time wherever the reader is. */
    record Floating(LocalDateTime dateTime) implements EventTime {
        @Override
        public Instant toInstant(ZoneId floatingZone) {
            return dateTime.atZone(floatingZone).toInstant();
        }
    }
}
