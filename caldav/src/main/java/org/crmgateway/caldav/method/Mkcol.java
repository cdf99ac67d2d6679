package org.crmgateway.caldav.method;

import jakarta.servlet.http.HttpServletResponse;
import org.crmgateway.caldav.DavMethod;
import org.crmgateway.caldav.DavRequest;
import org.crmgateway.caldav.xml.DavXml;
import org.springframework.stereotype.Component;

/** Extended MKCOL (RFC 5689) with a calendar resourcetype, as DAVx5 and Evolution create calendars. */
@Component
class Mkcol implements DavMethod {
    private final Mkcalendar mkcalendar;

    Mkcol(Mkcalendar mkcalendar) {
        this.mkcalendar = mkcalendar;
    }

    @Override
    public String name() {
        return "MKCOL";
    }

    @Override
    public void handle(DavRequest request, HttpServletResponse response) {
        mkcalendar.create(request, response, "mkcol", DavXml.DAV);
    }
}
