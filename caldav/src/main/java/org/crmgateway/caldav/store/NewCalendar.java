package org.crmgateway.caldav.store;

import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** What MKCALENDAR (or the first access of a user) asks to create. */
public record NewCalendar(String slug, @Nullable String displayName, @Nullable String color,
                          @Nullable String timezone, Set<String> components, Map<String, String> deadProperties) {

    /** The components a calendar accepts when the client does not say. */
    public static final Set<String> DEFAULT_COMPONENTS = Set.of("VEVENT", "VTODO", "VJOURNAL");

    public NewCalendar {
        if (!CalendarStore.isValidName(slug)) {
            throw new IllegalArgumentException("Not a valid calendar name: '%s'".formatted(slug));
        }
        components = Set.copyOf(components.isEmpty() ? DEFAULT_COMPONENTS : components);
        deadProperties = Map.copyOf(deadProperties);
    }

    public static NewCalendar named(String slug, @Nullable String displayName) {
        return new NewCalendar(slug, displayName, null, null, DEFAULT_COMPONENTS, Map.of());
    }
}
