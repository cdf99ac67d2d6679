package org.crmgateway.caldav.report;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.crmgateway.caldav.DavException;
import org.crmgateway.caldav.ical.CalendarFilter;
import org.crmgateway.caldav.ical.TextMatch;
import org.crmgateway.caldav.ical.TimeRange;
import org.crmgateway.caldav.xml.DavXml;
import org.crmgateway.caldav.xml.PropName;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Element;

/** Reads the XML of a calendar-query filter (RFC 4791 section 9.7) into {@link CalendarFilter} records. */
final class FilterParser {
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");
    private static final PropName VALID_FILTER = PropName.caldav("valid-filter");

    private FilterParser() {
    }

    /** The root comp-filter of a {@code C:filter} element. */
    static CalendarFilter.Comp parse(Element filter) {
        return DavXml.child(filter, DavXml.CALDAV, "comp-filter").map(FilterParser::comp)
                .orElseThrow(() -> new DavException(403, VALID_FILTER, "A filter needs a comp-filter"));
    }

    static CalendarFilter.Comp comp(Element e) {
        return new CalendarFilter.Comp(name(e), isNotDefined(e), timeRange(e),
                DavXml.children(e, DavXml.CALDAV, "prop-filter").stream().map(FilterParser::prop).toList(),
                DavXml.children(e, DavXml.CALDAV, "comp-filter").stream().map(FilterParser::comp).toList());
    }

    private static CalendarFilter.Prop prop(Element e) {
        return new CalendarFilter.Prop(name(e), isNotDefined(e), timeRange(e), textMatch(e),
                DavXml.children(e, DavXml.CALDAV, "param-filter").stream()
                        .map(p -> new CalendarFilter.Param(name(p), isNotDefined(p), textMatch(p))).toList());
    }

    /** The time-range child of a filter element, if any. */
    static @Nullable TimeRange timeRange(Element e) {
        Optional<Element> range = DavXml.child(e, DavXml.CALDAV, "time-range");
        if (range.isEmpty()) {
            return null;
        }
        try {
            return TimeRange.of(instant(range.get().getAttribute("start")), instant(range.get().getAttribute("end")));
        } catch (DateTimeParseException | IllegalArgumentException ex) {
            throw new DavException(403, VALID_FILTER, "Bad time-range: " + ex.getMessage());
        }
    }

    private static @Nullable Instant instant(String value) {
        return value.isBlank() ? null : LocalDateTime.parse(value.strip(), UTC).toInstant(ZoneOffset.UTC);
    }

    private static @Nullable TextMatch textMatch(Element e) {
        return DavXml.child(e, DavXml.CALDAV, "text-match").map(t -> {
            String collation = t.getAttribute("collation").isBlank() ? TextMatch.ASCII_CASEMAP : t.getAttribute("collation");
            try {
                return new TextMatch(t.getTextContent(), collation, "yes".equals(t.getAttribute("negate-condition")));
            } catch (IllegalArgumentException ex) {
                throw new DavException(403, PropName.caldav("supported-collation"), ex.getMessage());
            }
        }).orElse(null);
    }

    private static String name(Element e) {
        String name = e.getAttribute("name").strip();
        if (name.isEmpty()) {
            throw new DavException(403, VALID_FILTER, "Filter element without name");
        }
        return name.toUpperCase(Locale.ROOT);
    }

    private static boolean isNotDefined(Element e) {
        return DavXml.child(e, DavXml.CALDAV, "is-not-defined").isPresent();
    }

}
