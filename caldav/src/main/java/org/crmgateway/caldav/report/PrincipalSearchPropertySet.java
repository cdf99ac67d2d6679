package org.crmgateway.caldav.report;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.crmgateway.caldav.DavRequest;
import org.crmgateway.caldav.DavResponses;
import org.crmgateway.caldav.xml.PropName;
import org.crmgateway.caldav.xml.XmlWriter;
import org.springframework.stereotype.Component;
import org.w3c.dom.Element;

/** principal-search-property-set (RFC 3744 section 9.5): the properties principal searches look at. */
@Component
class PrincipalSearchPropertySet implements DavReport {
    private static final Map<PropName, String> SEARCHABLE = Map.of(
            PropName.dav("displayname"), "Display name",
            PropName.caldav("calendar-user-address-set"), "Calendar user address");

    @Override
    public PropName name() {
        return PropName.dav("principal-search-property-set");
    }

    @Override
    public void run(DavRequest request, Element body, HttpServletResponse response) throws IOException {
        XmlWriter out = DavResponses.xml(response, HttpServletResponse.SC_OK);
        out.root(PropName.dav("principal-search-property-set"));
        SEARCHABLE.forEach((name, description) -> out.start(PropName.dav("principal-search-property"))
                .start(PropName.dav("prop")).empty(name).end()
                .element(PropName.dav("description"), description).end());
        out.end().flush();
    }
}
