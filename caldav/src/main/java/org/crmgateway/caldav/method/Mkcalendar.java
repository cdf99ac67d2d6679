package org.crmgateway.caldav.method;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.Set;
import org.crmgateway.caldav.DavException;
import org.crmgateway.caldav.DavMethod;
import org.crmgateway.caldav.DavPath;
import org.crmgateway.caldav.DavRequest;
import org.crmgateway.caldav.DavResponses;
import org.crmgateway.caldav.store.CalendarCollection;
import org.crmgateway.caldav.store.CalendarStore;
import org.crmgateway.caldav.store.NewCalendar;
import org.crmgateway.caldav.xml.DavXml;
import org.springframework.stereotype.Component;
import org.w3c.dom.Element;

/** MKCALENDAR (RFC 4791 section 5.3.1), with the properties of its optional body. */
@Component
class Mkcalendar implements DavMethod {
    private final CalendarStore store;

    Mkcalendar(CalendarStore store) {
        this.store = store;
    }

    @Override
    public String name() {
        return "MKCALENDAR";
    }

    @Override
    public void handle(DavRequest request, HttpServletResponse response) {
        create(request, response, "mkcalendar", DavXml.CALDAV);
    }

    /** Creates the calendar the path names; {@code rootName} is the body's expected root element. */
    void create(DavRequest request, HttpServletResponse response, String rootName, String rootNamespace) {
        if (request.path().kind() != DavPath.Kind.CALENDAR) {
            throw new DavException(403, "Calendars are created inside the calendar home");
        }
        if (request.calendar() != null) {
            throw new DavException(405, DavResponses.RESOURCE_MUST_BE_NULL, "The calendar exists");
        }
        if (!CalendarStore.isValidName(request.path().calendar())) {
            throw new DavException(403, "Not a valid calendar name");
        }
        CalendarCollection draft = new CalendarCollection(0, request.user().tenant(), request.user().id(),
                request.path().calendar(), null, null, null, NewCalendar.DEFAULT_COMPONENTS, Map.of(), 0);
        if (request.hasBody()) {
            Element body = request.xml();
            if (!DavXml.is(body, rootNamespace, rootName)) {
                throw new DavException(400, "Expected " + rootName);
            }
            CalendarPropertyUpdate.Result result = CalendarPropertyUpdate.apply(draft, body, true);
            if (!result.applied()) {
                throw new DavException(403, "Protected or unsupported property in " + rootName);
            }
            draft = result.calendar();
        } else if (rootName.equals("mkcol")) {
            throw new DavException(403, "Only calendars can be created");
        }
        Set<String> components = draft.components().isEmpty() ? NewCalendar.DEFAULT_COMPONENTS : draft.components();
        store.create(draft.tenant(), draft.owner(), new NewCalendar(draft.slug(), draft.displayName(), draft.color(),
                draft.timezone(), components, draft.deadProperties()));
        response.setStatus(HttpServletResponse.SC_CREATED);
        response.setContentLength(0);
    }
}
