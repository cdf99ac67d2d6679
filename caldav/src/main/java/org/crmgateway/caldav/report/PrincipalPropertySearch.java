package org.crmgateway.caldav.report;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.crmgateway.caldav.DavRequest;
import org.crmgateway.caldav.DavResponses;
import org.crmgateway.caldav.prop.DavProperties;
import org.crmgateway.caldav.prop.DavResource;
import org.crmgateway.caldav.prop.PropRequest;
import org.crmgateway.caldav.xml.DavXml;
import org.crmgateway.caldav.xml.MultiStatusWriter;
import org.crmgateway.caldav.xml.PropName;
import org.springframework.stereotype.Component;
import org.w3c.dom.Element;

/**
 * principal-property-search (RFC 3744 section 9.4), minimal: a user sees only their own
 * principal, returned when a search text matches their name or an address. Apple Calendar asks
 * this when looking up attendees and copes with an empty answer.
 */
@Component
class PrincipalPropertySearch implements DavReport {
    private final DavProperties properties;

    PrincipalPropertySearch(DavProperties properties) {
        this.properties = properties;
    }

    @Override
    public PropName name() {
        return PropName.dav("principal-property-search");
    }

    @Override
    public void run(DavRequest request, Element body, HttpServletResponse response) throws IOException {
        boolean anyOf = "anyof".equals(body.getAttribute("test"));
        List<Boolean> hits = DavXml.children(body, DavXml.DAV, "property-search").stream()
                .map(search -> matches(request, DavXml.child(search, DavXml.DAV, "match")
                        .map(Element::getTextContent).orElse("")))
                .toList();
        boolean matched = !hits.isEmpty() && (anyOf ? hits.contains(true) : !hits.contains(false));
        MultiStatusWriter out = DavResponses.multiStatus(response, request);
        if (matched) {
            PropRequest.of(body).write(out, new DavResource.Principal(request.user()), properties);
        }
        out.finish();
    }

    private static boolean matches(DavRequest request, String match) {
        String text = match.strip().toLowerCase(Locale.ROOT);
        return request.user().username().toLowerCase(Locale.ROOT).contains(text)
                || request.user().addresses().stream().anyMatch(a -> a.value().toLowerCase(Locale.ROOT).contains(text));
    }
}
