package org.crmgateway.calendarsync.ical;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A calendar object that could be read: its VEVENTs (masters and overrides) and what the parser
 * noticed and repaired on the way.
 *
 * @param method the iTIP METHOD (REQUEST, REPLY, CANCEL, ...) of a scheduling message, null for a stored object
 * @param notes  repairs and oddities, in words (for example "TZID 'Foo' unknown, read as floating")
 */
public record ParsedCalendar(@Nullable String method, List<CalendarEvent> events, List<String> notes) {

    public ParsedCalendar {
        events = List.copyOf(events);
        notes = List.copyOf(notes);
    }

    /** The distinct UIDs of the events, in no particular order. */
    public Set<String> uids() {
        return events.stream().map(CalendarEvent::uid).collect(Collectors.toSet());
    }
}
