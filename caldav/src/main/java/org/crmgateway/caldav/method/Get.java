package org.crmgateway.caldav.method;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.crmgateway.caldav.DavException;
import org.crmgateway.caldav.DavMethod;
import org.crmgateway.caldav.DavPath;
import org.crmgateway.caldav.DavRequest;
import org.crmgateway.caldav.store.CalendarObject;
import org.crmgateway.caldav.store.CalendarStore;
import org.crmgateway.caldav.store.ETag;
import org.springframework.stereotype.Component;

/** GET of a calendar object: the text exactly as stored, with its strong ETag. */
@Component
class Get implements DavMethod {
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

    private final CalendarStore store;

    Get(CalendarStore store) {
        this.store = store;
    }

    @Override
    public String name() {
        return "GET";
    }

    @Override
    public void handle(DavRequest request, HttpServletResponse response) throws IOException {
        CalendarObject object = find(request);
        byte[] body = object.data().getBytes(StandardCharsets.UTF_8);
        headers(response, object, body.length);
        String ifNoneMatch = request.http().getHeader("If-None-Match");
        if (ifNoneMatch != null && ETag.matches(ifNoneMatch, object.etag())) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.getOutputStream().write(body);
    }

    CalendarObject find(DavRequest request) {
        if (request.path().kind() != DavPath.Kind.OBJECT) {
            throw new DavException(405, "GET is served for calendar objects only");
        }
        return store.object(request.requireCalendar(), request.path().object())
                .orElseThrow(() -> new DavException(404, "No such object"));
    }

    static void headers(HttpServletResponse response, CalendarObject object, int length) {
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType("text/calendar; charset=utf-8; component=" + object.component());
        response.setHeader("ETag", object.etag());
        response.setHeader("Last-Modified", HTTP_DATE.format(object.lastModified()));
        response.setContentLength(length);
    }
}
