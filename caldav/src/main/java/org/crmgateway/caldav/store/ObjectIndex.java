package org.crmgateway.caldav.store;

/**
 * What time-range queries filter on before looking at the text: the earliest start and the
 * latest end over all occurrences, in epoch milliseconds (UTC; floating times and dates are
 * read as UTC). An unbounded recurrence ends at {@link Long#MAX_VALUE}.
 *
 * @param recurring whether the object has RRULE, RDATE or overridden instances, so that the
 *                  bounds are only a coarse filter and a query must expand it
 */
public record ObjectIndex(long firstStart, long lastEnd, boolean recurring) {
    public ObjectIndex {
        if (lastEnd < firstStart) {
            throw new IllegalArgumentException("Index ends before it starts");
        }
    }

    /** The bounds of an object with no time at all (a VTODO without dates): matches every range. */
    public static final ObjectIndex UNBOUNDED = new ObjectIndex(Long.MIN_VALUE, Long.MAX_VALUE, false);

    /** Whether the bounds overlap [start, end) (RFC 4791 section 9.9). */
    public boolean overlaps(long start, long end) {
        return firstStart < end && (lastEnd > start || firstStart >= start);
    }
}
