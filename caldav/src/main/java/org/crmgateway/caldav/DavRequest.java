package org.crmgateway.caldav;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.crmgateway.caldav.store.CalendarCollection;
import org.crmgateway.caldav.store.Precondition;
import org.crmgateway.caldav.xml.DavXml;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Element;

/**
 * One authenticated request, resolved once by {@link CalDavEndpoint}: who asks, which path, the
 * calendar the path lies in (if it exists) and the body, already read within the size limit.
 */
public record DavRequest(HttpServletRequest http, DavUser user, DavPath path,
                         @Nullable CalendarCollection calendar, byte[] body) {

    /** Depth 0, 1 or infinity ({@link Integer#MAX_VALUE}); {@code fallback} when absent. */
    public int depth(int fallback) {
        String depth = http.getHeader("Depth");
        if (depth == null) {
            return fallback;
        }
        return switch (depth.strip().toLowerCase(Locale.ROOT)) {
            case "0" -> 0;
            case "1" -> 1;
            case "infinity" -> Integer.MAX_VALUE;
            default -> throw new DavException(400, "Bad Depth header");
        };
    }

    /** Whether the client asked for a minimal answer (RFC 7240 return=minimal, or Brief: t). */
    public boolean minimal() {
        String prefer = http.getHeader("Prefer");
        String brief = http.getHeader("Brief");
        return (prefer != null && prefer.toLowerCase(Locale.ROOT).contains("return=minimal"))
                || (brief != null && brief.strip().equalsIgnoreCase("t"));
    }

    public boolean hasBody() {
        return body.length > 0 && !new String(body, StandardCharsets.UTF_8).isBlank();
    }

    /** The XML body's root element. @throws DavException 400 when absent or not acceptable XML */
    public Element xml() {
        if (!hasBody()) {
            throw new DavException(400, "Request body required");
        }
        try {
            return DavXml.parse(body);
        } catch (IllegalArgumentException e) {
            throw new DavException(400, e.getMessage());
        }
    }

    public String text() {
        return new String(body, StandardCharsets.UTF_8);
    }

    public Precondition precondition() {
        String ifNoneMatch = http.getHeader("If-None-Match");
        return new Precondition(http.getHeader("If-Match"), ifNoneMatch != null && ifNoneMatch.strip().equals("*"));
    }

    /** The calendar the path names. @throws DavException 404 when it does not exist */
    public CalendarCollection requireCalendar() {
        if (calendar == null) {
            throw new DavException(404, "No such calendar");
        }
        return calendar;
    }

    public String calendarHref() {
        return DavHrefs.calendar(user.username(), requireCalendar().slug());
    }
}
