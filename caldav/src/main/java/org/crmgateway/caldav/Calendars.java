package org.crmgateway.caldav;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.crmgateway.caldav.store.CalendarCollection;
import org.crmgateway.caldav.store.CalendarStore;
import org.crmgateway.caldav.store.NewCalendar;
import org.crmgateway.caldav.store.ObjectWriteException;
import org.crmgateway.crm.UserId;
import org.springframework.stereotype.Component;

/** The user's calendars as the endpoint sees them; creates the default calendar on first access. */
@Component
public class Calendars {
    private final CalendarStore store;
    private final CalDavProperties settings;
    private final Set<UserId> provisioned = ConcurrentHashMap.newKeySet();

    Calendars(CalendarStore store, CalDavProperties settings) {
        this.store = store;
        this.settings = settings;
    }

    public Optional<CalendarCollection> find(DavUser user, String slug) {
        return store.calendar(user.tenant(), user.id(), slug);
    }

    void ensureDefault(DavUser user) {
        if (provisioned.contains(user.id())) {
            return;
        }
        if (store.calendars(user.tenant(), user.id()).isEmpty()) {
            try {
                store.create(user.tenant(), user.id(),
                        NewCalendar.named(settings.defaultCalendar(), settings.defaultCalendarName()));
            } catch (ObjectWriteException e) {
                // A concurrent first request created it; that is what we wanted.
            }
        }
        provisioned.add(user.id());
    }
}
