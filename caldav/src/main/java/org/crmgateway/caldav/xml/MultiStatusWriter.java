package org.crmgateway.caldav.xml;

import java.util.List;
import java.util.Map;

/**
 * Streams a 207 Multi-Status body (RFC 4918 section 13): one response per resource, written as
 * soon as it is known.
 */
public final class MultiStatusWriter {
    private static final PropName HREF = PropName.dav("href");
    private static final PropName STATUS = PropName.dav("status");
    private static final PropName PROPSTAT = PropName.dav("propstat");
    private static final PropName PROP = PropName.dav("prop");
    private static final PropName RESPONSE = PropName.dav("response");

    private final XmlWriter out;
    private final boolean minimal;

    /** @param minimal leave out 404 propstats (Brief: t, Prefer: return=minimal) */
    public MultiStatusWriter(XmlWriter out, boolean minimal) {
        this.out = out;
        this.minimal = minimal;
        out.root(PropName.dav("multistatus"));
    }

    /** One resource with the properties found, and those not found (answered 404). */
    public void response(String href, Map<PropName, PropValue> found, List<PropName> notFound) {
        out.start(RESPONSE).element(HREF, href);
        if (!found.isEmpty() || notFound.isEmpty()) {
            out.start(PROPSTAT).start(PROP);
            found.forEach(this::property);
            out.end().element(STATUS, "HTTP/1.1 200 OK").end();
        }
        if (!notFound.isEmpty() && !minimal) {
            propstat(notFound, 404);
        }
        out.end();
    }

    /** One resource answered with property names and one status for all (PROPPATCH, propname). */
    public void response(String href, Map<Integer, List<PropName>> byStatus) {
        out.start(RESPONSE).element(HREF, href);
        byStatus.forEach((status, names) -> propstat(names, status));
        out.end();
    }

    /** A resource answered with a status and no properties (sync-collection removals, multiget misses). */
    public void status(String href, int status) {
        out.start(RESPONSE).element(HREF, href).element(STATUS, statusLine(status)).end();
    }

    public void syncToken(String token) {
        out.element(PropName.dav("sync-token"), token);
    }

    public void flush() {
        out.flush();
    }

    public void finish() {
        out.end();
        out.flush();
    }

    private void propstat(List<PropName> names, int status) {
        out.start(PROPSTAT).start(PROP);
        names.forEach(out::empty);
        out.end().element(STATUS, statusLine(status)).end();
    }

    private void property(PropName name, PropValue value) {
        switch (value) {
            case PropValue.Raw raw -> out.raw(raw.element());
            case PropValue.Content content -> {
                out.start(name);
                content.writer().accept(out);
                out.end();
            }
        }
    }

    public static String statusLine(int status) {
        return "HTTP/1.1 " + status + " " + switch (status) {
            case 200 -> "OK";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 409 -> "Conflict";
            case 424 -> "Failed Dependency";
            default -> "Status";
        };
    }
}
