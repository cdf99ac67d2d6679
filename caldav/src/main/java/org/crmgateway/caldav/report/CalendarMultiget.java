package org.crmgateway.caldav.report;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crmgateway.caldav.DavHrefs;
import org.crmgateway.caldav.DavRequest;
import org.crmgateway.caldav.DavResponses;
import org.crmgateway.caldav.prop.DavProperties;
import org.crmgateway.caldav.prop.DavResource;
import org.crmgateway.caldav.prop.PropRequest;
import org.crmgateway.caldav.store.CalendarCollection;
import org.crmgateway.caldav.store.CalendarObject;
import org.crmgateway.caldav.store.CalendarStore;
import org.crmgateway.caldav.xml.DavXml;
import org.crmgateway.caldav.xml.MultiStatusWriter;
import org.crmgateway.caldav.xml.PropName;
import org.springframework.stereotype.Component;
import org.w3c.dom.Element;

/** calendar-multiget (RFC 4791 section 7.9): the named objects, in the order asked, 404 for the missing. */
@Component
class CalendarMultiget implements DavReport {
    private static final int BATCH = 200;

    private final CalendarStore store;
    private final DavProperties properties;

    CalendarMultiget(CalendarStore store, DavProperties properties) {
        this.store = store;
        this.properties = properties;
    }

    @Override
    public PropName name() {
        return PropName.caldav("calendar-multiget");
    }

    @Override
    public void run(DavRequest request, Element body, HttpServletResponse response) throws IOException {
        CalendarCollection calendar = request.requireCalendar();
        PropRequest wanted = PropRequest.of(body);
        List<String> hrefs = DavXml.children(body, DavXml.DAV, "href").stream()
                .map(e -> e.getTextContent().strip()).toList();
        String prefix = request.calendarHref();
        MultiStatusWriter out = DavResponses.multiStatus(response, request);
        for (int from = 0; from < hrefs.size(); from += BATCH) {
            List<String> batch = hrefs.subList(from, Math.min(hrefs.size(), from + BATCH));
            Map<String, String> names = new LinkedHashMap<>();
            for (String href : batch) {
                String path = href.replaceFirst("^https?://[^/]+", "");
                if (path.startsWith(prefix) && path.length() > prefix.length()) {
                    names.put(href, DavHrefs.lastSegment(path));
                }
            }
            Map<String, CalendarObject> found = new LinkedHashMap<>();
            store.objects(calendar, new ArrayList<>(names.values())).forEach(o -> found.put(o.href(), o));
            for (String href : batch) {
                CalendarObject object = names.containsKey(href) ? found.get(names.get(href)) : null;
                if (object == null) {
                    out.status(href, 404);
                } else {
                    wanted.write(out, new DavResource.Object(request.user(), calendar, object), properties);
                }
            }
        }
        out.finish();
    }
}
