package org.crmgateway.caldav.ical;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAmount;

/** iCal4j's date values (date, floating, zoned, UTC) on one time line; floating and dates read as UTC. */
final class Temporals {
    /** Bounds used instead of open ends when a value must be a real date. */
    static final long EARLIEST = Instant.parse("1800-01-01T00:00:00Z").toEpochMilli();
    static final long LATEST = Instant.parse("2300-01-01T00:00:00Z").toEpochMilli();

    private Temporals() {
    }

    static long millis(Temporal t) {
        return switch (t) {
            case Instant i -> i.toEpochMilli();
            case ZonedDateTime z -> z.toInstant().toEpochMilli();
            case OffsetDateTime o -> o.toInstant().toEpochMilli();
            case LocalDateTime l -> l.toInstant(ZoneOffset.UTC).toEpochMilli();
            case LocalDate d -> d.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
            default -> throw new IllegalArgumentException("Unsupported date value: " + t.getClass().getSimpleName());
        };
    }

    static boolean isDate(Temporal t) {
        return t instanceof LocalDate;
    }

    /** The instant {@code millis} expressed in the same type (and zone) as {@code like}. */
    static Temporal like(Temporal like, long millis) {
        Instant i = Instant.ofEpochMilli(Math.clamp(millis, EARLIEST, LATEST));
        return switch (like) {
            case Instant ignored -> i;
            case ZonedDateTime z -> i.atZone(z.getZone());
            case OffsetDateTime o -> i.atOffset(o.getOffset());
            case LocalDateTime ignored -> LocalDateTime.ofInstant(i, ZoneOffset.UTC);
            case LocalDate ignored -> LocalDate.ofInstant(i, ZoneOffset.UTC);
            default -> throw new IllegalArgumentException("Unsupported date value: " + like.getClass().getSimpleName());
        };
    }

    /** The length of {@code amount} when added to {@code start}, in milliseconds. */
    static long lengthFrom(Temporal start, TemporalAmount amount) {
        try {
            return millis(start.plus(amount)) - millis(start);
        } catch (RuntimeException e) {
            return amount instanceof Duration d ? d.toMillis() : 0;
        }
    }
}
