package org.crmgateway.caldav.method;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.crmgateway.caldav.DavException;
import org.crmgateway.caldav.DavMethod;
import org.crmgateway.caldav.DavRequest;
import org.crmgateway.caldav.DavResponses;
import org.crmgateway.caldav.report.DavReport;
import org.crmgateway.caldav.xml.DavXml;
import org.crmgateway.caldav.xml.PropName;
import org.springframework.stereotype.Component;
import org.w3c.dom.Element;

/** REPORT (RFC 3253 section 3.6): dispatches on the body's root element to one {@link DavReport}. */
@Component
class Report implements DavMethod {
    private final Map<PropName, DavReport> reports;

    Report(List<DavReport> reports) {
        this.reports = reports.stream().collect(Collectors.toUnmodifiableMap(DavReport::name, Function.identity()));
    }

    @Override
    public String name() {
        return "REPORT";
    }

    @Override
    public void handle(DavRequest request, HttpServletResponse response) throws IOException {
        Element body = request.xml();
        DavReport report = reports.get(DavXml.name(body));
        if (report == null) {
            throw new DavException(403, DavResponses.SUPPORTED_REPORT, "Unsupported report");
        }
        report.run(request, body, response);
    }
}
