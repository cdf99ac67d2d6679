package org.crmgateway.caldav.ical;

import java.time.temporal.Temporal;
import java.util.Optional;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.property.DateProperty;
import net.fortuna.ical4j.model.property.Duration;

/**
 * When one component (the first occurrence of a series) starts and ends, in epoch millis, with
 * the start value as written (the seed for recurrence expansion).
 */
record Span(Temporal seed, long start, long end) {

    private static final long DAY = 86_400_000L;

    /** Empty when the component has no date at all (a VTODO without DTSTART or DUE). */
    static Optional<Span> of(Component c) {
        Optional<Temporal> start = date(c, Property.DTSTART);
        Optional<Temporal> end = date(c, c.getName().equals(Component.VTODO) ? Property.DUE : Property.DTEND);
        if (start.isEmpty()) {
            return end.map(e -> new Span(e, Temporals.millis(e), Temporals.millis(e)));
        }
        Temporal s = start.get();
        long from = Temporals.millis(s);
        if (end.isPresent()) {
            return Optional.of(new Span(s, from, Math.max(from, Temporals.millis(end.get()))));
        }
        Optional<Property> duration = c.getProperty(Property.DURATION);
        if (duration.isPresent()) {
            long length = Temporals.lengthFrom(s, ((Duration) duration.get()).getDuration());
            return Optional.of(new Span(s, from, from + Math.max(0, length)));
        }
        return Optional.of(new Span(s, from, Temporals.isDate(s) ? from + DAY : from));
    }

    private static Optional<Temporal> date(Component c, String name) {
        return c.getProperty(name).map(p -> ((DateProperty<?>) p).getDate());
    }
}
