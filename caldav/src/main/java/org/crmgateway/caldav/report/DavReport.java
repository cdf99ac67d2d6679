package org.crmgateway.caldav.report;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.crmgateway.caldav.DavRequest;
import org.crmgateway.caldav.xml.PropName;
import org.w3c.dom.Element;

/** One REPORT type, chosen by the root element of the request body. */
public interface DavReport {

    PropName name();

    void run(DavRequest request, Element body, HttpServletResponse response) throws IOException;
}
