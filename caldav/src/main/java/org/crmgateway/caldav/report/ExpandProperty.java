package org.crmgateway.caldav.report;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.crmgateway.caldav.DavException;
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
 * expand-property (RFC 3253 section 3.8), minimal: the named properties of the principal without
 * expanding the hrefs. Apple asks it for calendar proxies, which this server does not have, so
 * they come back 404 and Apple carries on.
 */
@Component
class ExpandProperty implements DavReport {
    private final DavProperties properties;

    ExpandProperty(DavProperties properties) {
        this.properties = properties;
    }

    @Override
    public PropName name() {
        return PropName.dav("expand-property");
    }

    @Override
    public void run(DavRequest request, Element body, HttpServletResponse response) throws IOException {
        List<PropName> names = DavXml.children(body, DavXml.DAV, "property").stream()
                .map(p -> new PropName(p.getAttribute("namespace").isEmpty() ? DavXml.DAV
                        : p.getAttribute("namespace"), p.getAttribute("name")))
                .toList();
        DavResource target = switch (request.path().kind()) {
            case PRINCIPAL -> new DavResource.Principal(request.user());
            case HOME -> new DavResource.Home(request.user());
            case ROOT -> new DavResource.Root(request.user());
            default -> throw new DavException(403, DavResponses.SUPPORTED_REPORT, "expand-property on principals");
        };
        MultiStatusWriter out = DavResponses.multiStatus(response, request);
        new PropRequest(PropRequest.Kind.PROP, names).write(out, target, properties);
        out.finish();
    }
}
