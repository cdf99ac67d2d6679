package org.crmgateway.caldav.ical;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.crmgateway.caldav.store.CalendarObject;
import org.springframework.stereotype.Component;

/**
 * Parsed objects by entity tag, so that a query over recurring events expands rules instead of
 * parsing text each time. The entity tag is a hash of the text, so an entry never goes stale;
 * the least recently used are dropped beyond the bound.
 */
@Component
public class ParsedCalendarCache {
    private static final int MAX_ENTRIES = 4096;

    private final Map<String, ParsedCalendar> entries = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, ParsedCalendar> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    /** The parsed object; empty when its text (checked at PUT) no longer parses. */
    public Optional<ParsedCalendar> parse(CalendarObject object) {
        if (object.data() == null) {
            return Optional.empty();
        }
        synchronized (entries) {
            ParsedCalendar cached = entries.get(object.etag());
            if (cached != null) {
                return Optional.of(cached);
            }
        }
        try {
            ParsedCalendar parsed = ParsedCalendar.parse(object.data());
            synchronized (entries) {
                entries.put(object.etag(), parsed);
            }
            return Optional.of(parsed);
        } catch (InvalidCalendarDataException e) {
            return Optional.empty();
        }
    }
}
