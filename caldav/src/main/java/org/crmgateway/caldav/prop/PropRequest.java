package org.crmgateway.caldav.prop;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crmgateway.caldav.xml.DavXml;
import org.crmgateway.caldav.xml.MultiStatusWriter;
import org.crmgateway.caldav.xml.PropName;
import org.crmgateway.caldav.xml.PropValue;
import org.w3c.dom.Element;

/** Which properties a PROPFIND or REPORT asks for: named ones, all, or only their names. */
public record PropRequest(Kind kind, List<PropName> names) {

    /** The three forms of RFC 4918 section 14.20. */
    public enum Kind { PROP, ALLPROP, PROPNAME }

    public static final PropRequest ALL = new PropRequest(Kind.ALLPROP, List.of());

    public PropRequest {
        names = List.copyOf(names);
    }

    /** Reads the {@code D:prop}, {@code D:allprop} or {@code D:propname} child of a request element. */
    public static PropRequest of(Element parent) {
        Optional<Element> prop = DavXml.child(parent, DavXml.DAV, "prop");
        if (prop.isPresent()) {
            return new PropRequest(Kind.PROP, DavXml.children(prop.get()).stream().map(DavXml::name).toList());
        }
        if (DavXml.child(parent, DavXml.DAV, "propname").isPresent()) {
            return new PropRequest(Kind.PROPNAME, List.of());
        }
        return ALL;
    }

    /** Whether the answer needs the objects' text (calendar-data or its length). */
    public boolean needsData() {
        return kind == Kind.PROP && names.stream().anyMatch(n -> n.equals(DavProperties.CALENDAR_DATA)
                || n.equals(PropName.dav("getcontentlength")));
    }

    /** Writes one response element for the resource. */
    public void write(MultiStatusWriter out, DavResource resource, DavProperties properties) {
        switch (kind) {
            case PROPNAME -> out.response(resource.href(), Map.of(200, properties.names(resource)));
            case ALLPROP -> {
                Map<PropName, PropValue> found = new LinkedHashMap<>();
                for (PropName name : properties.names(resource)) {
                    properties.get(resource, name).ifPresent(v -> found.put(name, v));
                }
                out.response(resource.href(), found, List.of());
            }
            case PROP -> {
                List<PropName> missing = new ArrayList<>();
                Map<PropName, PropValue> found = properties.found(resource, names, missing);
                out.response(resource.href(), found, missing);
            }
        }
    }
}
