package org.crmgateway.caldav.method;

import jakarta.servlet.http.HttpServletResponse;
import org.crmgateway.caldav.DavMethod;
import org.crmgateway.caldav.DavRequest;
import org.crmgateway.caldav.DavResponses;
import org.springframework.stereotype.Component;

/** OPTIONS (RFC 4791 section 5.1): what the server speaks; the DAV header is set by the endpoint. */
@Component
class Options implements DavMethod {

    @Override
    public String name() {
        return "OPTIONS";
    }

    @Override
    public void handle(DavRequest request, HttpServletResponse response) {
        response.setHeader("Allow", DavResponses.ALLOW);
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentLength(0);
    }
}
