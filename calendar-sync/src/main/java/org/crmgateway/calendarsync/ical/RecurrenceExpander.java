package org.crmgateway.calendarsync.ical;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.fortuna.ical4j.model.Recur;
import org.crmgateway.crm.MeetingStatus;
import org.crmgateway.crm.QuarantineReason;
import org.jspecify.annotations.Nullable;

/**
 * Turns the events of a calendar object into dated occurrences within a window (RFC 5545
 * section 3.8.5): DTSTART plus RRULE and RDATE, minus EXDATE, with RECURRENCE-ID overrides in
 * place of the occurrences they replace. A cancelled master cancels every occurrence.
 *
 * <p>Rules are applied to the wall-clock time in the event's zone, so a 10:00 meeting stays at
 * 10:00 across a daylight-saving change; floating times use {@link ExpansionSettings#floatingZone()}.
 */
public final class RecurrenceExpander {
    private final ExpansionSettings settings;

    public RecurrenceExpander(ExpansionSettings settings) {
        this.settings = settings;
    }

    /**
     * The occurrences starting inside the window around {@code now}, ordered by start.
     *
     * @throws RecurrenceException when a series has more occurrences in the window than allowed,
     *                             or its rule cannot be applied to its start
     */
    public List<Occurrence> expand(ParsedCalendar calendar, Instant now) {
        Instant from = settings.from(now);
        Instant to = settings.to(now);
        Map<String, List<CalendarEvent>> byUid = new LinkedHashMap<>();
        for (CalendarEvent event : calendar.events()) {
            byUid.computeIfAbsent(event.uid(), u -> new ArrayList<>()).add(event);
        }
        List<Occurrence> all = new ArrayList<>();
        for (List<CalendarEvent> events : byUid.values()) {
            all.addAll(series(events, from, to));
        }
        all.sort(Comparator.comparing(Occurrence::start).thenComparing(Occurrence::uid));
        return all;
    }

    private List<Occurrence> series(List<CalendarEvent> events, Instant from, Instant to) {
        CalendarEvent master = null;
        Map<Instant, CalendarEvent> overrides = new HashMap<>();
        for (CalendarEvent e : events) {
            if (e.recurrenceId() == null) {
                if (master == null) {
                    master = e;
                }
            } else if (e.start() != null) {
                overrides.merge(e.recurrenceId().toInstant(settings.floatingZone()), e,
                        (a, b) -> b.sequence() >= a.sequence() ? b : a);
            }
        }
        List<Occurrence> result = new ArrayList<>();
        if (master == null || master.start() == null) {
            for (Map.Entry<Instant, CalendarEvent> o : overrides.entrySet()) {
                result.add(occurrence(o.getValue(), o.getKey(), o.getValue().start(), null));
            }
        } else if (!master.isRecurring()) {
            result.add(occurrence(master, null, master.start(), null));
        } else {
            for (Map.Entry<Instant, EventTime> start : starts(master, from, to).entrySet()) {
                CalendarEvent override = overrides.remove(start.getKey());
                result.add(override == null
                        ? occurrence(master, start.getKey(), start.getValue(), null)
                        : occurrence(override, start.getKey(), override.start(), master));
            }
            // overrides that moved an occurrence in from outside the window, or with a rule we read differently
            for (Map.Entry<Instant, CalendarEvent> o : overrides.entrySet()) {
                result.add(occurrence(o.getValue(), o.getKey(), o.getValue().start(), master));
            }
        }
        return result.stream().filter(o -> !o.start().isBefore(from) && !o.start().isAfter(to)).toList();
    }

    /** Original starts of the series keyed by their instant (the RECURRENCE-ID an override would carry). */
    private TreeMap<Instant, EventTime> starts(CalendarEvent master, Instant from, Instant to) {
        EventTime seed = master.start();
        TreeMap<Instant, EventTime> starts = new TreeMap<>();
        // occurrences that began before the window but overlap it are not wanted: the window is on starts
        starts.put(seed.toInstant(settings.floatingZone()), seed);
        if (master.rrule() != null) {
            for (EventTime t : ruleDates(master, seed, from, to)) {
                starts.put(t.toInstant(settings.floatingZone()), t);
            }
        }
        for (EventTime rdate : master.rdates()) {
            starts.put(rdate.toInstant(settings.floatingZone()), rdate);
        }
        for (EventTime exdate : master.exdates()) {
            starts.remove(exdate.toInstant(settings.floatingZone()));
            if (exdate.isDate() && !seed.isDate()) {
                // an EXDATE;VALUE=DATE on a timed series (seen from Outlook) removes that day's occurrence
                LocalDate day = ((EventTime.AllDay) exdate).date();
                starts.entrySet().removeIf(s -> s.getValue() instanceof EventTime.Zoned z
                        && z.dateTime().toLocalDate().equals(day));
            }
        }
        long inWindow = starts.keySet().stream().filter(i -> !i.isBefore(from) && !i.isAfter(to)).count();
        if (inWindow > settings.maxOccurrences()) {
            throw new RecurrenceException(QuarantineReason.LIMIT_EXCEEDED, "event %s recurs more than %d times in %s"
                    .formatted(master.uid(), settings.maxOccurrences(), "the synchronised period"));
        }
        return starts;
    }

    private List<EventTime> ruleDates(CalendarEvent master, EventTime seed, Instant from, Instant to) {
        int limit = settings.maxOccurrences() + 1;
        try {
            List<EventTime> dates = new ArrayList<>();
            if (seed instanceof EventTime.AllDay day) {
                Recur<LocalDate> recur = new Recur<>(master.rrule());
                for (LocalDate d : recur.getDates(day.date(), LocalDate.ofInstant(from, ZoneOffset.UTC),
                        LocalDate.ofInstant(to, ZoneOffset.UTC), limit)) {
                    dates.add(new EventTime.AllDay(d));
                }
                return dates;
            }
            ZonedDateTime start = seed instanceof EventTime.Zoned z ? z.dateTime()
                    : ((EventTime.Floating) seed).dateTime().atZone(settings.floatingZone());
            ZoneId zone = start.getZone();
            Recur<ZonedDateTime> recur = new Recur<>(master.rrule());
            for (ZonedDateTime t : recur.getDates(start, from.atZone(zone), to.atZone(zone), limit)) {
                dates.add(seed instanceof EventTime.Floating ? new EventTime.Floating(t.toLocalDateTime())
                        : new EventTime.Zoned(t));
            }
            return dates;
        } catch (RuntimeException e) {
            // iCal4j fails on some rule and start combinations with unchecked exceptions (an
            // UNTIL date on a timed start, zones it cannot resolve): bad input, not a bug of ours
            throw new RecurrenceException(QuarantineReason.INVALID_CONTENT, "the RRULE of event %s cannot be applied: %s"
                    .formatted(master.uid(), TimeReader.abbreviate(String.valueOf(e.getMessage()))), e);
        }
    }

    private Occurrence occurrence(CalendarEvent event, @Nullable Instant recurrenceId, EventTime start,
                                  @Nullable CalendarEvent master) {
        Instant begin = start.toInstant(settings.floatingZone());
        Duration length = event.length();
        MeetingStatus status = master != null && master.status() == MeetingStatus.CANCELLED
                ? MeetingStatus.CANCELLED : event.status();
        return new Occurrence(event.uid(), recurrenceId, begin, begin.plus(length), start.isDate(), status, event);
    }
}
