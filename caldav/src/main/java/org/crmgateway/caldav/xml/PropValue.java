package org.crmgateway.caldav.xml;

import java.util.List;
import java.util.function.Consumer;

/** The value of a property in a PROPFIND answer: content written inside its element, or a stored element. */
public sealed interface PropValue {

    /** Content inside the property element. */
    record Content(Consumer<XmlWriter> writer) implements PropValue {
    }

    /** A whole stored element (dead property), written as it was set. */
    record Raw(String element) implements PropValue {
    }

    static PropValue empty() {
        return new Content(w -> { });
    }

    static PropValue text(String text) {
        return new Content(w -> w.text(text));
    }

    static PropValue hrefs(List<String> hrefs) {
        return new Content(w -> hrefs.forEach(h -> w.element(PropName.dav("href"), h)));
    }

    static PropValue href(String href) {
        return hrefs(List.of(href));
    }

    /** Empty child elements: resourcetype, privileges, report names. */
    static PropValue elements(List<PropName> names) {
        return new Content(w -> names.forEach(w::empty));
    }
}
