package org.crmgateway.calendarsync.client;

import java.util.Collection;
import org.jspecify.annotations.Nullable;

/** The request bodies the client sends. */
final class DavRequests {
    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n";
    private static final String NS = " xmlns:D=\"DAV:\" xmlns:C=\"urn:ietf:params:xml:ns:caldav\""
            + " xmlns:CS=\"http://calendarserver.org/ns/\"";

    /** No getctag or sync-token here: servers such as Radicale compute both over every object. */
    static final String DISCOVERY_PROPS = HEAD + "<D:propfind" + NS + "><D:prop>"
            + "<D:current-user-principal/><D:resourcetype/><D:displayname/><C:supported-calendar-component-set/>"
            + "<D:supported-report-set/></D:prop></D:propfind>";

    static final String STATE_PROPS = HEAD + "<D:propfind" + NS + "><D:prop>"
            + "<D:resourcetype/><D:displayname/><C:supported-calendar-component-set/><D:supported-report-set/>"
            + "<CS:getctag/><D:sync-token/></D:prop></D:propfind>";

    static final String HOME_SET = HEAD + "<D:propfind" + NS + "><D:prop><C:calendar-home-set/></D:prop></D:propfind>";

    static final String ETAG = HEAD + "<D:propfind" + NS + "><D:prop><D:getetag/><D:resourcetype/></D:prop></D:propfind>";

    static final String QUERY_EVENTS = HEAD + "<C:calendar-query" + NS + "><D:prop><D:getetag/><C:calendar-data/>"
            + "</D:prop><C:filter><C:comp-filter name=\"VCALENDAR\"><C:comp-filter name=\"VEVENT\"/>"
            + "</C:comp-filter></C:filter></C:calendar-query>";

    private DavRequests() {
    }

    static String syncCollection(@Nullable String token) {
        return HEAD + "<D:sync-collection" + NS + "><D:sync-token>" + (token == null ? "" : DavXml.escape(token))
                + "</D:sync-token><D:sync-level>1</D:sync-level><D:prop><D:getetag/></D:prop></D:sync-collection>";
    }

    static String multiget(Collection<String> hrefs) {
        StringBuilder sb = new StringBuilder(HEAD).append("<C:calendar-multiget").append(NS)
                .append("><D:prop><D:getetag/><C:calendar-data/></D:prop>");
        for (String href : hrefs) {
            sb.append("<D:href>").append(DavXml.escape(href)).append("</D:href>");
        }
        return sb.append("</C:calendar-multiget>").toString();
    }
}
