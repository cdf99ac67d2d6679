package org.crmgateway.caldav.method;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.crmgateway.caldav.DavException;
import org.crmgateway.caldav.DavMethod;
import org.crmgateway.caldav.DavPath;
import org.crmgateway.caldav.DavRequest;
import org.crmgateway.caldav.DavResponses;
import org.crmgateway.caldav.store.CalendarStore;
import org.crmgateway.caldav.xml.DavXml;
import org.crmgateway.caldav.xml.MultiStatusWriter;
import org.springframework.stereotype.Component;
import org.w3c.dom.Element;

/** PROPPATCH of a calendar (RFC 4918 section 9.2): any property a client sets is kept. */
@Component
class Proppatch implements DavMethod {
    private final CalendarStore store;

    Proppatch(CalendarStore store) {
        this.store = store;
    }

    @Override
    public String name() {
        return "PROPPATCH";
    }

    @Override
    public void handle(DavRequest request, HttpServletResponse response) throws IOException {
        if (request.path().kind() != DavPath.Kind.CALENDAR) {
            throw new DavException(403, "Only calendar properties can be changed");
        }
        Element update = request.xml();
        if (!DavXml.is(update, DavXml.DAV, "propertyupdate")) {
            throw new DavException(400, "Expected DAV:propertyupdate");
        }
        CalendarPropertyUpdate.Result result = CalendarPropertyUpdate.apply(request.requireCalendar(), update, false);
        if (result.applied()) {
            store.updateProperties(result.calendar());
        }
        MultiStatusWriter out = DavResponses.multiStatus(response, request);
        out.response(request.calendarHref(), result.statuses());
        out.finish();
    }
}
