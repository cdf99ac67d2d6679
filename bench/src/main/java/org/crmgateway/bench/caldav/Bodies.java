package org.crmgateway.bench.caldav;

import java.util.List;

/** The request bodies both servers get. */
final class Bodies {
    private Bodies() {
    }

    static String monthQuery(String start, String end) {
        return """
                <?xml version="1.0" encoding="utf-8"?>
                <C:calendar-query xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav">
                  <D:prop><D:getetag/><C:calendar-data/></D:prop>
                  <C:filter><C:comp-filter name="VCALENDAR"><C:comp-filter name="VEVENT">
                    <C:time-range start="%s" end="%s"/>
                  </C:comp-filter></C:comp-filter></C:filter>
                </C:calendar-query>""".formatted(start, end);
    }

    static String multiget(String calendar, List<String> hrefs) {
        StringBuilder b = new StringBuilder("""
                <?xml version="1.0" encoding="utf-8"?>
                <C:calendar-multiget xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav">
                  <D:prop><D:getetag/><C:calendar-data/></D:prop>
                """);
        hrefs.forEach(h -> b.append("  <D:href>").append(calendar).append(h).append("</D:href>\n"));
        return b.append("</C:calendar-multiget>").toString();
    }

    static String sync(String token) {
        return """
                <?xml version="1.0" encoding="utf-8"?>
                <D:sync-collection xmlns:D="DAV:"><D:sync-token>%s</D:sync-token><D:sync-level>1</D:sync-level>
                <D:prop><D:getetag/></D:prop></D:sync-collection>""".formatted(token);
    }
}
