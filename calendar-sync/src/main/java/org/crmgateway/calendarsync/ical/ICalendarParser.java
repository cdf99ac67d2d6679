package org.crmgateway.calendarsync.ical;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.CalendarParserImpl;
import net.fortuna.ical4j.data.ContentHandlerContext;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import org.crmgateway.crm.QuarantineReason;

/**
 * Reads iCalendar text (RFC 5545) into a {@link ParsedCalendar}, or says why it cannot.
 *
 * <p>Lenient by choice, and explicitly so: invalid properties are dropped through iCal4j's
 * {@link ContentHandlerContext#withSuppressInvalidProperties(boolean)} (no global
 * {@code ical4j.parsing.relaxed} switches), and dates are read by {@link TimeReader}. What was
 * repaired is listed in {@link ParsedCalendar#notes()}. Thread-safe: every call builds its own
 * iCal4j parser, which is not.
 */
public final class ICalendarParser {
    /** Calendar objects above this size are not read (Radicale's {@code max_resource_size} is 10 MB). */
    public static final int DEFAULT_MAX_CHARS = 10 * 1024 * 1024;

    private final int maxChars;

    public ICalendarParser() {
        this(DEFAULT_MAX_CHARS);
    }

    public ICalendarParser(int maxChars) {
        if (maxChars < 1) {
            throw new IllegalArgumentException("maxChars must be positive");
        }
        this.maxChars = maxChars;
    }

    public ParseOutcome parse(String text) {
        if (text.length() > maxChars) {
            return new ParseOutcome.Rejected(QuarantineReason.LIMIT_EXCEEDED,
                    "calendar object of %d characters is over the limit of %d".formatted(text.length(), maxChars));
        }
        TimeZoneRegistry registry = TimeZoneRegistryFactory.getInstance().createRegistry();
        Calendar calendar;
        try {
            calendar = new CalendarBuilder(new CalendarParserImpl(),
                    new ContentHandlerContext().withSuppressInvalidProperties(true), registry)
                    .build(new StringReader(Quirks.clean(text)));
        } catch (ParserException e) {
            return new ParseOutcome.Rejected(QuarantineReason.UNPARSEABLE,
                    "not iCalendar: %s".formatted(TimeReader.abbreviate(String.valueOf(e.getMessage()))));
        } catch (IOException e) {
            return new ParseOutcome.Rejected(QuarantineReason.UNPARSEABLE, "unreadable calendar text");
        } catch (RuntimeException e) {
            // iCal4j answers some malformed input with unchecked exceptions (DateTimeException,
            // IllegalArgumentException, NullPointerException); for us that is bad input, not a bug.
            return new ParseOutcome.Rejected(QuarantineReason.UNPARSEABLE, "iCalendar could not be read: %s"
                    .formatted(TimeReader.abbreviate(e.getClass().getSimpleName() + " " + e.getMessage())));
        }
        return read(calendar, registry, Quirks.eventsWithRule(text));
    }

    private static ParseOutcome read(Calendar calendar, TimeZoneRegistry registry, int eventsWithRule) {
        List<String> notes = new ArrayList<>();
        String method = calendar.getProperty(Property.METHOD)
                .map(p -> p.getValue().strip().toUpperCase(Locale.ROOT)).orElse(null);
        boolean startOptional = "REPLY".equals(method) || "CANCEL".equals(method);
        EventReader reader = new EventReader(new TimeReader(registry, notes), notes, startOptional);
        List<CalendarEvent> events = new ArrayList<>();
        try {
            for (Component vevent : calendar.getComponents(Component.VEVENT)) {
                events.add(reader.read(vevent));
            }
        } catch (InvalidEventException e) {
            return new ParseOutcome.Rejected(e.reason(), e.getMessage());
        }
        if (events.stream().filter(e -> e.rrule() != null).count() < eventsWithRule) {
            return new ParseOutcome.Rejected(QuarantineReason.INVALID_CONTENT, "an RRULE could not be read");
        }
        if (events.isEmpty()) {
            notes.add("no VEVENT in the calendar object");
        }
        return new ParseOutcome.Parsed(new ParsedCalendar(method, events, notes));
    }
}
