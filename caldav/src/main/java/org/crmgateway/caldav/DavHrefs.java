package org.crmgateway.caldav;

import java.nio.charset.StandardCharsets;
import org.springframework.web.util.UriUtils;

/** The absolute-path hrefs the server hands out; collections end with a slash. */
public final class DavHrefs {
    private DavHrefs() {
    }

    public static String principals() {
        return DavPath.ROOT + "principals/";
    }

    public static String principal(String user) {
        return principals() + segment(user) + "/";
    }

    public static String home(String user) {
        return DavPath.ROOT + "calendars/" + segment(user) + "/";
    }

    public static String calendar(String user, String calendar) {
        return home(user) + segment(calendar) + "/";
    }

    public static String object(String user, String calendar, String object) {
        return calendar(user, calendar) + segment(object);
    }

    /** The last segment of an href, decoded; used to read hrefs a client sends back (multiget). */
    public static String lastSegment(String href) {
        String h = href.endsWith("/") ? href.substring(0, href.length() - 1) : href;
        return UriUtils.decode(h.substring(h.lastIndexOf('/') + 1), StandardCharsets.UTF_8);
    }

    /**
     * Percent-encodes everything but RFC 3986 unreserved characters, as Radicale does: clients
     * compare the href they wrote with the one listed, and {@code @} as {@code %40} is the form
     * most of them send.
     */
    private static String segment(String s) {
        StringBuilder out = new StringBuilder();
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~".indexOf(c) >= 0) {
                out.append(c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }
}
