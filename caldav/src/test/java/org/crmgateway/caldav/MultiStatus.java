package org.crmgateway.caldav;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crmgateway.caldav.xml.DavXml;
import org.w3c.dom.Element;

/** A parsed 207 answer: per href its own status, or its properties by status (Clark names). */
public record MultiStatus(Map<String, Resource> responses, Optional<String> syncToken) {

    /** One response element. */
    public record Resource(String href, Optional<Integer> status, Map<String, Integer> propStatus,
                           Map<String, Element> props) {
        public String text(String clark) {
            Element e = props.get(clark);
            return e == null ? null : e.getTextContent().strip();
        }

        public int statusOf(String clark) {
            return propStatus.getOrDefault(clark, -1);
        }
    }

    public static MultiStatus parse(String body) {
        Element root = DavXml.parse(body.getBytes(StandardCharsets.UTF_8));
        Map<String, Resource> responses = new LinkedHashMap<>();
        for (Element response : DavXml.children(root, DavXml.DAV, "response")) {
            String href = DavXml.child(response, DavXml.DAV, "href").orElseThrow().getTextContent().strip();
            Optional<Integer> status = DavXml.child(response, DavXml.DAV, "status").map(MultiStatus::code);
            Map<String, Integer> propStatus = new LinkedHashMap<>();
            Map<String, Element> props = new LinkedHashMap<>();
            for (Element propstat : DavXml.children(response, DavXml.DAV, "propstat")) {
                int code = code(DavXml.child(propstat, DavXml.DAV, "status").orElseThrow());
                for (Element prop : DavXml.children(propstat, DavXml.DAV, "prop")) {
                    for (Element p : DavXml.children(prop)) {
                        propStatus.put(DavXml.name(p).clark(), code);
                        props.put(DavXml.name(p).clark(), p);
                    }
                }
            }
            responses.put(href, new Resource(href, status, propStatus, props));
        }
        return new MultiStatus(responses, DavXml.child(root, DavXml.DAV, "sync-token").map(e -> e.getTextContent().strip()));
    }

    public Resource get(String href) {
        Resource r = responses.get(href);
        if (r == null) {
            throw new AssertionError("No response for " + href + " in " + responses.keySet());
        }
        return r;
    }

    public List<String> hrefs() {
        return new ArrayList<>(responses.keySet());
    }

    private static int code(Element status) {
        return Integer.parseInt(status.getTextContent().strip().split(" ")[1]);
    }
}
