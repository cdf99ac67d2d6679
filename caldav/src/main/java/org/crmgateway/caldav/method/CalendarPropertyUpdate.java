package org.crmgateway.caldav.method;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.crmgateway.caldav.prop.DavProperties;
import org.crmgateway.caldav.store.CalendarCollection;
import org.crmgateway.caldav.xml.DavXml;
import org.crmgateway.caldav.xml.PropName;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Element;

/**
 * Applies the {@code set} and {@code remove} instructions of PROPPATCH, MKCALENDAR or extended
 * MKCOL to a calendar, all or nothing (RFC 4918 section 9.2): displayname, colour and time zone
 * are interpreted, protected properties are refused, anything else is kept as a dead property.
 */
final class CalendarPropertyUpdate {

    /** The calendar after the update, and the status of each property (200, or 403 and 424). */
    record Result(CalendarCollection calendar, Map<Integer, List<PropName>> statuses) {
        boolean applied() {
            return !statuses.containsKey(403);
        }
    }

    private CalendarPropertyUpdate() {
    }

    /** @param creating whether the calendar is being created, when resourcetype and components may be set */
    static Result apply(CalendarCollection calendar, Element update, boolean creating) {
        String displayName = calendar.displayName();
        String color = calendar.color();
        String timezone = calendar.timezone();
        Set<String> components = new HashSet<>(calendar.components());
        Map<String, String> dead = new HashMap<>(calendar.deadProperties());
        List<PropName> done = new ArrayList<>();
        List<PropName> refused = new ArrayList<>();
        for (Element instruction : DavXml.children(update)) {
            boolean set = DavXml.is(instruction, DavXml.DAV, "set");
            if (!set && !DavXml.is(instruction, DavXml.DAV, "remove")) {
                continue;
            }
            for (Element prop : DavXml.children(instruction, DavXml.DAV, "prop")) {
                for (Element property : DavXml.children(prop)) {
                    PropName name = DavXml.name(property);
                    String value = set ? property.getTextContent().strip() : null;
                    if (name.equals(DavProperties.DISPLAYNAME)) {
                        displayName = value;
                    } else if (name.equals(DavProperties.CALENDAR_COLOR)) {
                        color = value;
                    } else if (name.equals(DavProperties.CALENDAR_TIMEZONE)) {
                        timezone = value;
                    } else if (creating && name.equals(DavProperties.SUPPORTED_COMPONENTS) && set) {
                        components = components(property);
                    } else if (creating && name.equals(DavProperties.RESOURCETYPE)) {
                        if (DavXml.child(property, DavXml.CALDAV, "calendar").isEmpty()) {
                            refused.add(name);
                            continue;
                        }
                    } else if (DavProperties.PROTECTED.contains(name) || name.equals(DavProperties.SUPPORTED_COMPONENTS)) {
                        refused.add(name);
                        continue;
                    } else if (set) {
                        dead.put(name.clark(), DavXml.serialize(property));
                    } else {
                        dead.remove(name.clark());
                    }
                    done.add(name);
                }
            }
        }
        Map<Integer, List<PropName>> statuses = new LinkedHashMap<>();
        if (!refused.isEmpty()) {
            statuses.put(403, refused);
            if (!done.isEmpty()) {
                statuses.put(424, done);
            }
            return new Result(calendar, statuses);
        }
        if (!done.isEmpty()) {
            statuses.put(200, done);
        }
        return new Result(new CalendarCollection(calendar.id(), calendar.tenant(), calendar.owner(), calendar.slug(),
                blankToNull(displayName), blankToNull(color), blankToNull(timezone), components, dead,
                calendar.syncRevision()), statuses);
    }

    private static Set<String> components(Element set) {
        Set<String> names = new HashSet<>();
        for (Element comp : DavXml.children(set, DavXml.CALDAV, "comp")) {
            String name = comp.getAttribute("name");
            if (!name.isBlank()) {
                names.add(name.strip().toUpperCase(Locale.ROOT));
            }
        }
        return names;
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
