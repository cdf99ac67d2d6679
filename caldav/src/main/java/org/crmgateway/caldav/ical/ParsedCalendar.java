package org.crmgateway.caldav.ical;

import java.io.IOException;
import java.io.StringReader;
import java.time.ZoneId;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.CalendarComponent;
import net.fortuna.ical4j.model.property.DateListProperty;
import net.fortuna.ical4j.model.property.DateProperty;
import net.fortuna.ical4j.model.property.RRule;
import org.crmgateway.caldav.store.ObjectIndex;

/**
 * A calendar object resource read with iCal4j: one component type, one UID, maybe a recurring
 * master with overridden instances. Answers what the server needs to know about it (UID, type,
 * time bounds, time-range overlap with recurrence expansion, filters) without ever re-writing
 * the text, which is stored and returned as the client sent it.
 */
public final class ParsedCalendar {

    /** The component types a calendar object resource may hold (RFC 4791 section 4.1). */
    public static final Set<String> OBJECT_TYPES = Set.of("VEVENT", "VTODO", "VJOURNAL", "VFREEBUSY");
    private static final int MAX_INSTANCES = 5000;
    private static final long DAY = 86_400_000L;
    private static final Pattern TZID = Pattern.compile(";TZID=\"?([^;:\"\r\n]+)");
    private static final Pattern VTIMEZONE =
            Pattern.compile("(?s)BEGIN:VTIMEZONE\r?\n.*?END:VTIMEZONE\r?\n");

    private final Calendar calendar;
    private final String type;
    private final String uid;
    private final List<Component> components;

    private ParsedCalendar(Calendar calendar, String type, String uid, List<Component> components) {
        this.calendar = calendar;
        this.type = type;
        this.uid = uid;
        this.components = components;
    }

    /** Reads and checks a calendar object resource (RFC 4791 section 4.1). */
    public static ParsedCalendar parse(String text) throws InvalidCalendarDataException {
        Calendar calendar;
        try {
            calendar = new CalendarBuilder().build(new StringReader(withoutKnownTimezones(text)));
        } catch (IOException | ParserException | RuntimeException e) {
            throw new InvalidCalendarDataException("Not iCalendar data: " + e.getMessage(), e);
        }
        List<Component> objects = new ArrayList<>();
        Set<String> types = new HashSet<>();
        Set<String> uids = new HashSet<>();
        for (CalendarComponent c : calendar.getComponents()) {
            if (c.getName().equals(Component.VTIMEZONE)) {
                continue;
            }
            objects.add(c);
            types.add(c.getName());
            c.getProperty(Property.UID).map(Property::getValue).ifPresent(uids::add);
        }
        if (objects.isEmpty()) {
            throw new InvalidCalendarDataException("No calendar component");
        }
        if (types.size() > 1) {
            throw new InvalidCalendarDataException("More than one component type: " + types);
        }
        if (uids.size() != 1 || objects.stream().anyMatch(c -> c.getProperty(Property.UID).isEmpty())) {
            throw new InvalidCalendarDataException("Components need one and the same UID");
        }
        ParsedCalendar parsed = new ParsedCalendar(calendar, types.iterator().next(), uids.iterator().next(), objects);
        try {
            parsed.index();
        } catch (RuntimeException e) {
            throw new InvalidCalendarDataException("Unreadable dates: " + e.getMessage(), e);
        }
        return parsed;
    }

    /**
     * The text without its VTIMEZONE definitions when every TZID it uses is a zone the JDK knows:
     * building iCal4j time zones from VTIMEZONE costs ten times the rest of the parse, and the
     * bundled definitions give the same instants. The stored text keeps its VTIMEZONEs.
     */
    static String withoutKnownTimezones(String text) {
        if (!text.contains("BEGIN:VTIMEZONE")) {
            return text;
        }
        Matcher tzids = TZID.matcher(text);
        while (tzids.find()) {
            if (!ZoneId.getAvailableZoneIds().contains(tzids.group(1))) {
                return text;
            }
        }
        return VTIMEZONE.matcher(text).replaceAll("");
    }

    public String uid() {
        return uid;
    }

    /** VEVENT, VTODO, VJOURNAL or VFREEBUSY. */
    public String componentType() {
        return type;
    }

    /** The component without RECURRENCE-ID, if any (an object may hold only overridden instances). */
    public Optional<Component> master() {
        return components.stream().filter(c -> c.getProperty(Property.RECURRENCE_ID).isEmpty()).findFirst();
    }

    /** The components with RECURRENCE-ID: instances of the series that differ from the master. */
    public List<Component> overrides() {
        return components.stream().filter(c -> c.getProperty(Property.RECURRENCE_ID).isPresent()).toList();
    }

    /** The earliest start and latest end over all occurrences, for the store's index columns. */
    public ObjectIndex index() {
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        boolean recurring = false;
        for (Component c : components) {
            Optional<Span> span = Span.of(c);
            if (span.isEmpty()) {
                return ObjectIndex.UNBOUNDED;
            }
            first = Math.min(first, span.get().start());
            last = Math.max(last, span.get().end());
            if (isRecurring(c) || c.getProperty(Property.RECURRENCE_ID).isPresent()) {
                recurring = true;
                last = Math.max(last, lastEnd(c, span.get()));
            }
        }
        return new ObjectIndex(first, Math.max(first, last), recurring);
    }

    /** Whether any occurrence overlaps the range, expanding recurrences (RFC 4791 section 9.9). */
    public boolean overlaps(TimeRange range) {
        return !occurrences(range, 1).isEmpty();
    }

    /**
     * The occurrences ({@code [start, end)} in epoch millis) that overlap the range, overridden
     * instances included, at most {@code limit}; a component without dates overlaps everything
     * and is reported as the range itself.
     */
    public List<long[]> occurrences(TimeRange range, int limit) {
        List<long[]> found = new ArrayList<>();
        Set<Long> overridden = new HashSet<>();
        for (Component c : overrides()) {
            recurrenceId(c).ifPresent(overridden::add);
            Optional<Span> span = Span.of(c);
            if (span.isEmpty()) {
                found.add(new long[] {range.start(), range.end()});
            } else if (range.overlaps(span.get().start(), span.get().end())) {
                found.add(new long[] {span.get().start(), span.get().end()});
            }
        }
        Optional<Component> master = master();
        if (master.isPresent()) {
            Optional<Span> span = Span.of(master.get());
            if (span.isEmpty()) {
                found.add(new long[] {range.start(), range.end()});
            } else if (!isRecurring(master.get())) {
                if (range.overlaps(span.get().start(), span.get().end())) {
                    found.add(new long[] {span.get().start(), span.get().end()});
                }
            } else {
                long length = span.get().end() - span.get().start();
                long from = range.start() == Long.MIN_VALUE ? Long.MIN_VALUE : range.start() - length - DAY;
                long to = range.end() == Long.MAX_VALUE ? Long.MAX_VALUE : range.end() + DAY;
                for (long start : instances(master.get(), span.get(), from, to)) {
                    if (!overridden.contains(start) && range.overlaps(start, start + length)) {
                        found.add(new long[] {start, start + length});
                        if (found.size() >= limit) {
                            break;
                        }
                    }
                }
            }
        }
        return found.size() > limit ? found.subList(0, limit) : found;
    }

    /** Whether the object blocks time in free-busy answers: not TRANSPARENT and not CANCELLED. */
    public boolean busy() {
        return master().or(() -> components.stream().findFirst()).map(c ->
                !"TRANSPARENT".equalsIgnoreCase(c.getProperty(Property.TRANSP).map(Property::getValue).orElse(""))
                        && !"CANCELLED".equalsIgnoreCase(c.getProperty(Property.STATUS).map(Property::getValue)
                        .orElse(""))).orElse(true);
    }

    /** Whether the object passes a calendar-query filter whose root is the VCALENDAR comp-filter. */
    public boolean matches(CalendarFilter.Comp filter) {
        return new FilterEvaluator(this).matchesRoot(calendar, filter);
    }

    /** The start instants (epoch millis) of the master's occurrences in [from, to), EXDATEs removed. */
    List<Long> instances(Component master, Span span, long from, long to) {
        List<Long> starts = new ArrayList<>();
        Temporal seed = span.seed();
        Set<Long> excluded = new HashSet<>();
        for (Property p : master.getProperties(Property.EXDATE)) {
            if (p instanceof DateListProperty<?> exdate) {
                exdate.getDates().forEach(d -> excluded.add(Temporals.millis(d)));
            }
        }
        for (Property p : master.getProperties(Property.RRULE)) {
            if (p instanceof RRule<?> rrule) {
                @SuppressWarnings("unchecked")
                List<Temporal> dates = ((RRule<Temporal>) rrule).getRecur().getDates(seed,
                        Temporals.like(seed, from), Temporals.like(seed, to), MAX_INSTANCES);
                dates.forEach(d -> starts.add(Temporals.millis(d)));
            }
        }
        for (Property p : master.getProperties(Property.RDATE)) {
            if (p instanceof DateListProperty<?> rdate) {
                rdate.getDates().forEach(d -> starts.add(Temporals.millis(d)));
            }
        }
        if (starts.isEmpty() || master.getProperties(Property.RRULE).isEmpty()) {
            starts.add(span.start());
        }
        starts.removeIf(s -> excluded.contains(s) || s < from || s >= to);
        return starts;
    }

    static Optional<Long> recurrenceId(Component c) {
        return c.getProperty(Property.RECURRENCE_ID).map(p -> Temporals.millis(((DateProperty<?>) p).getDate()));
    }

    private static boolean isRecurring(Component c) {
        return !c.getProperties(Property.RRULE).isEmpty() || !c.getProperties(Property.RDATE).isEmpty();
    }

    private long lastEnd(Component c, Span span) {
        long length = span.end() - span.start();
        for (Property p : c.getProperties(Property.RRULE)) {
            if (p instanceof RRule<?> rrule && rrule.getRecur().getCount() < 1 && rrule.getRecur().getUntil() == null) {
                return Long.MAX_VALUE;
            }
        }
        List<Long> starts = instances(c, span, span.start(), Temporals.LATEST);
        if (starts.size() >= MAX_INSTANCES) {
            return Long.MAX_VALUE;
        }
        return starts.stream().mapToLong(s -> s + length).max().orElse(span.end());
    }

    /** The calendar as iCal4j read it, for the evaluators of this package. */
    Calendar calendar() {
        return calendar;
    }
}
