package org.crmgateway.caldav.ical;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A CalDAV time-range (RFC 4791 section 9.9) in epoch milliseconds; an absent bound is open.
 */
public record TimeRange(long start, long end) {
    public TimeRange {
        if (end <= start) {
            throw new IllegalArgumentException("Time range ends before it starts");
        }
    }

    public static TimeRange of(@Nullable Instant start, @Nullable Instant end) {
        return new TimeRange(start == null ? Long.MIN_VALUE : start.toEpochMilli(),
                end == null ? Long.MAX_VALUE : end.toEpochMilli());
    }

    /** Whether [from, to) overlaps the range; a zero-length span counts when it lies inside. */
    public boolean overlaps(long from, long to) {
        return from < end && (to > start || from >= start);
    }
}
