package org.crmgateway.caldav.method;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import org.crmgateway.caldav.CalDavProperties;
import org.crmgateway.caldav.CalendarChanged;
import org.crmgateway.caldav.DavException;
import org.crmgateway.caldav.DavHrefs;
import org.crmgateway.caldav.DavMethod;
import org.crmgateway.caldav.DavPath;
import org.crmgateway.caldav.DavRequest;
import org.crmgateway.caldav.DavResponses;
import org.crmgateway.caldav.ical.InvalidCalendarDataException;
import org.crmgateway.caldav.ical.ParsedCalendar;
import org.crmgateway.caldav.store.CalendarCollection;
import org.crmgateway.caldav.store.CalendarStore;
import org.crmgateway.caldav.store.ObjectWrite;
import org.crmgateway.caldav.store.ObjectWriteException;
import org.crmgateway.caldav.store.WriteResult;
import org.crmgateway.caldav.xml.PropName;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * PUT of a calendar object (RFC 4791 section 5.3.2): checked (valid-calendar-data,
 * supported-calendar-component, no-uid-conflict, max-resource-size), stored byte-for-byte, with
 * If-Match / If-None-Match checked in the store's transaction.
 */
@Component
class Put implements DavMethod {
    private final CalendarStore store;
    private final CalDavProperties settings;
    private final ApplicationEventPublisher events;

    Put(CalendarStore store, CalDavProperties settings, ApplicationEventPublisher events) {
        this.store = store;
        this.settings = settings;
        this.events = events;
    }

    @Override
    public String name() {
        return "PUT";
    }

    @Override
    public void handle(DavRequest request, HttpServletResponse response) {
        if (request.path().kind() != DavPath.Kind.OBJECT) {
            throw new DavException(405, "PUT is for calendar objects");
        }
        if (request.calendar() == null) {
            throw new DavException(409, "The calendar does not exist");
        }
        CalendarCollection calendar = request.calendar();
        if (request.body().length > settings.maxResourceBytes()) {
            throw new DavException(403, PropName.caldav("max-resource-size"), "Calendar object too large");
        }
        String text = new String(request.body(), StandardCharsets.UTF_8);
        ParsedCalendar parsed;
        try {
            parsed = ParsedCalendar.parse(text);
        } catch (InvalidCalendarDataException e) {
            throw new DavException(403, DavResponses.VALID_CALENDAR_DATA, e.getMessage());
        }
        if (!calendar.components().contains(parsed.componentType())) {
            throw new DavException(403, DavResponses.SUPPORTED_CALENDAR_COMPONENT,
                    parsed.componentType() + " not accepted by this calendar");
        }
        ObjectWrite write = new ObjectWrite(request.path().object(), parsed.uid(), parsed.componentType(), text,
                parsed.index());
        WriteResult result;
        try {
            result = store.put(calendar, write, request.precondition());
        } catch (ObjectWriteException e) {
            if (e.reason() != ObjectWriteException.Reason.UID_CONFLICT) {
                throw e;
            }
            throw new DavException(403, DavResponses.NO_UID_CONFLICT,
                    DavHrefs.object(request.user().username(), calendar.slug(), e.href()), "UID in use");
        }
        events.publishEvent(new CalendarChanged(calendar.tenant(), calendar.owner(), request.user().username(),
                calendar.id(), calendar.slug(), result.revision()));
        response.setHeader("ETag", result.etag());
        response.setStatus(result.created() ? HttpServletResponse.SC_CREATED : HttpServletResponse.SC_NO_CONTENT);
    }
}
