package org.crmgateway.calendarsync.ical;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Which occurrences of a calendar become meetings: those starting between {@code now - back} and
 * {@code now + forward}, at most {@code maxOccurrences} per series (Radicale's
 * {@code max_vevent_rrule_occurrence} plays the same role).
 *
 * @param floatingZone the zone floating times (no TZID, no Z) are read in
 */
public record ExpansionSettings(Duration back, Duration forward, int maxOccurrences, ZoneId floatingZone) {

    /** Two years back, one year ahead, 3,000 occurrences per series, floating times in UTC. */
    public static final ExpansionSettings DEFAULT =
            new ExpansionSettings(Duration.ofDays(730), Duration.ofDays(365), 3000, ZoneOffset.UTC);

    public ExpansionSettings {
        if (back.isNegative() || forward.isNegative()) {
            throw new IllegalArgumentException("Expansion windows must not be negative");
        }
        if (maxOccurrences < 1) {
            throw new IllegalArgumentException("maxOccurrences must be positive");
        }
    }

    public ExpansionSettings withFloatingZone(ZoneId zone) {
        return new ExpansionSettings(back, forward, maxOccurrences, zone);
    }

    Instant from(Instant now) {
        return now.minus(back);
    }

    Instant to(Instant now) {
        return now.plus(forward);
    }
}
