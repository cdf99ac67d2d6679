package org.crmgateway.caldav.method;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.crmgateway.caldav.DavException;
import org.crmgateway.caldav.DavMethod;
import org.crmgateway.caldav.DavRequest;
import org.crmgateway.caldav.DavResponses;
import org.crmgateway.caldav.DavUser;
import org.crmgateway.caldav.prop.DavProperties;
import org.crmgateway.caldav.prop.DavResource;
import org.crmgateway.caldav.prop.PropRequest;
import org.crmgateway.caldav.store.CalendarCollection;
import org.crmgateway.caldav.store.CalendarStore;
import org.crmgateway.caldav.store.ObjectQuery;
import org.crmgateway.caldav.xml.DavXml;
import org.crmgateway.caldav.xml.MultiStatusWriter;
import org.springframework.stereotype.Component;
import org.w3c.dom.Element;

/**
 * PROPFIND (RFC 4918 section 9.1) at depth 0 or 1 on every resource kind; infinity is answered
 * as 1. A calendar's objects are streamed from the store straight into the answer.
 */
@Component
class Propfind implements DavMethod {
    private final CalendarStore store;
    private final DavProperties properties;

    Propfind(CalendarStore store, DavProperties properties) {
        this.store = store;
        this.properties = properties;
    }

    @Override
    public String name() {
        return "PROPFIND";
    }

    @Override
    public void handle(DavRequest request, HttpServletResponse response) throws IOException {
        PropRequest wanted = PropRequest.ALL;
        if (request.hasBody()) {
            Element body = request.xml();
            if (!DavXml.is(body, DavXml.DAV, "propfind")) {
                throw new DavException(400, "Expected DAV:propfind");
            }
            wanted = PropRequest.of(body);
        }
        boolean children = request.depth(Integer.MAX_VALUE) > 0;
        DavResource target = target(request);
        MultiStatusWriter out = DavResponses.multiStatus(response, request);
        wanted.write(out, target, properties);
        if (children) {
            writeChildren(out, request.user(), target, wanted);
        }
        out.finish();
    }

    private DavResource target(DavRequest request) {
        DavUser user = request.user();
        return switch (request.path().kind()) {
            case ROOT -> new DavResource.Root(user);
            case PRINCIPALS -> new DavResource.Principals(user);
            case PRINCIPAL -> new DavResource.Principal(user);
            case HOME -> new DavResource.Home(user);
            case CALENDAR -> calendar(user, request.requireCalendar());
            case OBJECT -> new DavResource.Object(user, request.requireCalendar(),
                    store.object(request.requireCalendar(), request.path().object())
                            .orElseThrow(() -> new DavException(404, "No such object")));
            default -> throw new DavException(404, "No such resource");
        };
    }

    private void writeChildren(MultiStatusWriter out, DavUser user, DavResource parent, PropRequest wanted) {
        switch (parent) {
            case DavResource.Root r -> wanted.write(out, new DavResource.Principals(user), properties);
            case DavResource.Principals p -> wanted.write(out, new DavResource.Principal(user), properties);
            case DavResource.Home h -> store.calendars(user.tenant(), user.id())
                    .forEach(c -> wanted.write(out, calendar(user, c), properties));
            case DavResource.Calendar c -> store.forEach(c.calendar(), ObjectQuery.all(wanted.needsData()),
                    o -> wanted.write(out, new DavResource.Object(user, c.calendar(), o), properties));
            default -> { }
        }
    }

    private DavResource.Calendar calendar(DavUser user, CalendarCollection calendar) {
        return new DavResource.Calendar(user, calendar, store.revision(calendar));
    }
}
