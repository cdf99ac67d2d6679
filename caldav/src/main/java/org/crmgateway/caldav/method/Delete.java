package org.crmgateway.caldav.method;

import jakarta.servlet.http.HttpServletResponse;
import org.crmgateway.caldav.CalendarChanged;
import org.crmgateway.caldav.DavException;
import org.crmgateway.caldav.DavMethod;
import org.crmgateway.caldav.DavPath;
import org.crmgateway.caldav.DavRequest;
import org.crmgateway.caldav.store.CalendarCollection;
import org.crmgateway.caldav.store.CalendarStore;
import org.crmgateway.caldav.store.WriteResult;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** DELETE of a calendar object (If-Match honoured) or of a whole calendar. */
@Component
class Delete implements DavMethod {
    private final CalendarStore store;
    private final ApplicationEventPublisher events;

    Delete(CalendarStore store, ApplicationEventPublisher events) {
        this.store = store;
        this.events = events;
    }

    @Override
    public String name() {
        return "DELETE";
    }

    @Override
    public void handle(DavRequest request, HttpServletResponse response) {
        CalendarCollection calendar = request.requireCalendar();
        if (request.path().kind() == DavPath.Kind.CALENDAR) {
            store.delete(calendar.tenant(), calendar.owner(), calendar.slug());
        } else if (request.path().kind() == DavPath.Kind.OBJECT) {
            WriteResult result = store.delete(calendar, request.path().object(), request.precondition());
            events.publishEvent(new CalendarChanged(calendar.tenant(), calendar.owner(), request.user().username(),
                    calendar.id(), calendar.slug(), result.revision()));
        } else {
            throw new DavException(403, "Only calendars and their objects can be deleted");
        }
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }
}
