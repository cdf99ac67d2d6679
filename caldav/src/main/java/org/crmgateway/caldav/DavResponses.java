package org.crmgateway.caldav;

import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import org.crmgateway.caldav.xml.MultiStatusWriter;
import org.crmgateway.caldav.xml.PropName;
import org.crmgateway.caldav.xml.XmlWriter;

/** Shared pieces of answers: headers, XML content type, the start of a streamed multi-status. */
public final class DavResponses {
    /** What the server speaks (RFC 4918 section 10.1, RFC 4791 section 5.1). */
    public static final String DAV_HEADER = "1, 3, calendar-access, extended-mkcol";
    public static final String ALLOW =
            "OPTIONS, GET, HEAD, PUT, DELETE, PROPFIND, PROPPATCH, REPORT, MKCALENDAR, MKCOL";
    public static final String XML = "application/xml; charset=utf-8";
    public static final int MULTI_STATUS = 207;

    public static final PropName VALID_CALENDAR_DATA = PropName.caldav("valid-calendar-data");
    public static final PropName SUPPORTED_CALENDAR_COMPONENT = PropName.caldav("supported-calendar-component");
    public static final PropName NO_UID_CONFLICT = PropName.caldav("no-uid-conflict");
    public static final PropName VALID_SYNC_TOKEN = PropName.dav("valid-sync-token");
    public static final PropName NEED_PRIVILEGES = PropName.dav("need-privileges");
    public static final PropName RESOURCE_MUST_BE_NULL = PropName.dav("resource-must-be-null");
    public static final PropName SUPPORTED_REPORT = PropName.dav("supported-report");

    private DavResponses() {
    }

    public static XmlWriter xml(HttpServletResponse response, int status) throws IOException {
        response.setStatus(status);
        response.setContentType(XML);
        return new XmlWriter(new BufferedWriter(
                new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8), 16 * 1024));
    }

    public static MultiStatusWriter multiStatus(HttpServletResponse response, DavRequest request)
            throws IOException {
        if (request.minimal()) {
            response.setHeader("Preference-Applied", "return=minimal");
        }
        return new MultiStatusWriter(xml(response, MULTI_STATUS), request.minimal());
    }
}
