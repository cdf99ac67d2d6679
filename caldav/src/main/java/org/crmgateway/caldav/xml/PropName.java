package org.crmgateway.caldav.xml;

/** The name of a WebDAV property or XML element: namespace URI and local name. */
public record PropName(String namespace, String local) {

    /** Parses Clark notation, {@code {DAV:}displayname}. */
    public static PropName ofClark(String clark) {
        int close = clark.indexOf('}');
        if (!clark.startsWith("{") || close < 1) {
            throw new IllegalArgumentException("Not a Clark name: " + clark);
        }
        return new PropName(clark.substring(1, close), clark.substring(close + 1));
    }

    public static PropName dav(String local) {
        return new PropName(DavXml.DAV, local);
    }

    public static PropName caldav(String local) {
        return new PropName(DavXml.CALDAV, local);
    }

    public String clark() {
        return "{" + namespace + "}" + local;
    }
}
