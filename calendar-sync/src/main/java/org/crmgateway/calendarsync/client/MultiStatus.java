package org.crmgateway.calendarsync.client;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * A parsed {@code DAV:multistatus} (RFC 4918 section 13): one entry per {@code DAV:response}
 * with the properties its 200 propstat returned, plus a sync-collection's {@code DAV:sync-token}.
 */
record MultiStatus(List<Resource> responses, @Nullable String syncToken) {

    /**
     * One {@code DAV:response}.
     *
     * @param status the response-level status (404 for a deleted member in sync-collection, 507 for a
     *               truncated result); 200 when only propstats carry statuses
     * @param props  properties found (propstat 200), keyed by {@code {namespace}local}
     */
    record Resource(String href, int status, Map<String, Element> props) {
        @Nullable Element prop(String ns, String local) {
            return props.get("{" + ns + "}" + local);
        }

        @Nullable String text(String ns, String local) {
            Element e = prop(ns, local);
            return e == null ? null : e.getTextContent().strip();
        }
    }

    static MultiStatus parse(byte[] body) {
        Document doc = DavXml.parse(body);
        Element root = doc.getDocumentElement();
        if (!DavXml.DAV.equals(root.getNamespaceURI()) || !"multistatus".equals(root.getLocalName())) {
            throw new CalDavException(0, "The calendar server answered without a multistatus");
        }
        List<Resource> responses = new ArrayList<>();
        for (Element response : DavXml.children(root, DavXml.DAV, "response")) {
            String href = DavXml.childText(response, DavXml.DAV, "href");
            if (href == null || href.isEmpty()) {
                continue;
            }
            int status = status(DavXml.childText(response, DavXml.DAV, "status"), 200);
            Map<String, Element> props = new HashMap<>();
            for (Element propstat : DavXml.children(response, DavXml.DAV, "propstat")) {
                if (status(DavXml.childText(propstat, DavXml.DAV, "status"), 200) / 100 != 2) {
                    continue;
                }
                Element prop = DavXml.child(propstat, DavXml.DAV, "prop");
                if (prop != null) {
                    for (Element p : DavXml.children(prop)) {
                        props.put("{" + p.getNamespaceURI() + "}" + p.getLocalName(), p);
                    }
                }
            }
            responses.add(new Resource(href, status, props));
        }
        return new MultiStatus(responses, DavXml.childText(root, DavXml.DAV, "sync-token"));
    }

    /** {@code HTTP/1.1 404 Not Found} -> 404. */
    static int status(@Nullable String line, int absent) {
        if (line == null) {
            return absent;
        }
        String[] parts = line.strip().split("\\s+");
        if (parts.length < 2) {
            return absent;
        }
        try {
            return Integer.parseInt(parts[1]);
        } catch (NumberFormatException e) {
            return absent;
        }
    }
}
