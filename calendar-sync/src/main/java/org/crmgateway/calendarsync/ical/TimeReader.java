package org.crmgateway.calendarsync.ical;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import org.jspecify.annotations.Nullable;

/**
 * Reads date and date-time values from the raw property text, not from iCal4j's typed value:
 * iCal4j throws on a TZID it cannot resolve, and real files carry many (Outlook's display names,
 * Thunderbird's {@code /mozilla.org/.../Europe/Berlin}).
 */
final class TimeReader {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuuMMdd", Locale.ROOT);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss", Locale.ROOT);
    private static final DateTimeFormatter DATE_TIME_NO_SECONDS =
            DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmm", Locale.ROOT);

    private final TimeZoneRegistry registry;
    private final List<String> notes;

    TimeReader(TimeZoneRegistry registry, List<String> notes) {
        this.registry = registry;
        this.notes = notes;
    }

    /** One value; a PERIOD ({@code start/end}) gives its start. */
    EventTime read(Property property) {
        return read(rawValue(property), tzid(property), property.getName());
    }

    /**
     * The property's text; iCal4j formats some date properties back from a half-parsed value and
     * throws while doing so (a PERIOD of dates, a time without date), which for us is bad input.
     */
    static String rawValue(Property property) {
        try {
            String value = property.getValue();
            return value == null ? "" : value;
        } catch (RuntimeException e) {
            throw new InvalidEventException("%s cannot be read".formatted(property.getName()));
        }
    }

    /** A comma-separated list (RDATE, EXDATE). */
    List<EventTime> readList(Property property) {
        List<EventTime> times = new ArrayList<>();
        String tzid = tzid(property);
        for (String part : rawValue(property).split(",")) {
            if (!part.isBlank()) {
                times.add(read(part, tzid, property.getName()));
            }
        }
        return times;
    }

    private EventTime read(String raw, @Nullable String tzid, String name) {
        String value = raw.strip();
        int slash = value.indexOf('/');
        if (slash > 0) {
            value = value.substring(0, slash);
        }
        try {
            if (value.length() == 8) {
                return new EventTime.AllDay(LocalDate.parse(value, DATE));
            }
            boolean utc = value.endsWith("Z") || value.endsWith("z");
            String local = utc ? value.substring(0, value.length() - 1) : value;
            LocalDateTime dateTime = local.length() == 13
                    ? LocalDateTime.parse(local.toUpperCase(Locale.ROOT), DATE_TIME_NO_SECONDS)
                    : LocalDateTime.parse(local.toUpperCase(Locale.ROOT), DATE_TIME);
            if (utc) {
                return new EventTime.Zoned(dateTime.atZone(ZoneOffset.UTC));
            }
            if (tzid == null) {
                return new EventTime.Floating(dateTime);
            }
            Optional<ZoneId> zone = zone(tzid);
            if (zone.isEmpty()) {
                notes.add("%s: time zone '%s' is unknown, read as floating time".formatted(name, tzid));
                return new EventTime.Floating(dateTime);
            }
            return new EventTime.Zoned(dateTime.atZone(zone.get()));
        } catch (DateTimeParseException e) {
            throw new InvalidEventException("%s value '%s' is not a date or date-time".formatted(name, abbreviate(raw)));
        }
    }

    /** The calendar's own VTIMEZONE first, then IANA ids, Windows names and path-like ids. */
    Optional<ZoneId> zone(String tzid) {
        String id = tzid.strip();
        if (id.startsWith("\"") && id.endsWith("\"") && id.length() > 1) {
            id = id.substring(1, id.length() - 1);
        }
        if (registry.getTimeZone(id) != null) {
            Optional<ZoneId> own = attempt(id, registry::getZoneId);
            if (own.isPresent()) {
                return own;
            }
        }
        Optional<ZoneId> direct = attempt(id, ZoneId::of).or(() -> attempt(tzid, TimeZoneRegistry::getGlobalZoneId));
        if (direct.isPresent()) {
            return direct;
        }
        String[] path = id.split("/");
        if (path.length >= 2) {
            String tail = path[path.length - 2] + "/" + path[path.length - 1];
            return attempt(tail, ZoneId::of);
        }
        return Optional.empty();
    }

    private static Optional<ZoneId> attempt(String id, java.util.function.Function<String, @Nullable ZoneId> lookup) {
        try {
            return Optional.ofNullable(lookup.apply(id));
        } catch (DateTimeException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static @Nullable String tzid(Property property) {
        return property.<Parameter>getParameter(Parameter.TZID).map(Parameter::getValue).orElse(null);
    }

    static String abbreviate(String text) {
        String oneLine = text.replaceAll("[\\r\\n\\t]", " ");
        return oneLine.length() <= 60 ? oneLine : oneLine.substring(0, 57) + "...";
    }
}
