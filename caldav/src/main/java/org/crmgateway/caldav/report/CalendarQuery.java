package org.crmgateway.caldav.report;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.crmgateway.caldav.DavException;
import org.crmgateway.caldav.DavPath;
import org.crmgateway.caldav.DavRequest;
import org.crmgateway.caldav.DavResponses;
import org.crmgateway.caldav.ical.CalendarFilter;
import org.crmgateway.caldav.ical.ParsedCalendarCache;
import org.crmgateway.caldav.ical.TimeRange;
import org.crmgateway.caldav.prop.DavProperties;
import org.crmgateway.caldav.prop.DavResource;
import org.crmgateway.caldav.prop.PropRequest;
import org.crmgateway.caldav.store.CalendarCollection;
import org.crmgateway.caldav.store.CalendarObject;
import org.crmgateway.caldav.store.CalendarStore;
import org.crmgateway.caldav.store.ObjectQuery;
import org.crmgateway.caldav.xml.DavXml;
import org.crmgateway.caldav.xml.MultiStatusWriter;
import org.crmgateway.caldav.xml.PropName;
import org.springframework.stereotype.Component;
import org.w3c.dom.Element;

/**
 * calendar-query (RFC 4791 section 7.8). The store's index narrows by component and time range;
 * what the index cannot decide (recurring objects, property filters) is decided on the parsed
 * object, with recurrences expanded. Matches are streamed into the answer as they are found.
 */
@Component
class CalendarQuery implements DavReport {
    private final CalendarStore store;
    private final DavProperties properties;
    private final ParsedCalendarCache parsed;

    CalendarQuery(CalendarStore store, DavProperties properties, ParsedCalendarCache parsed) {
        this.store = store;
        this.properties = properties;
        this.parsed = parsed;
    }

    @Override
    public PropName name() {
        return PropName.caldav("calendar-query");
    }

    @Override
    public void run(DavRequest request, Element body, HttpServletResponse response) throws IOException {
        CalendarCollection calendar = request.requireCalendar();
        PropRequest wanted = PropRequest.of(body);
        CalendarFilter.Comp filter = FilterParser.parse(DavXml.child(body, DavXml.CALDAV, "filter")
                .orElseThrow(() -> new DavException(403, PropName.caldav("valid-filter"), "No filter")));
        Optional<CalendarFilter.Comp> indexed = indexable(filter);
        ObjectQuery query = indexed.map(c -> {
            TimeRange range = c.timeRange();
            return new ObjectQuery(c.name(), range == null ? Long.MIN_VALUE : range.start(),
                    range == null ? Long.MAX_VALUE : range.end(), true);
        }).orElse(ObjectQuery.all(true));
        MultiStatusWriter out = DavResponses.multiStatus(response, request);
        if (request.path().kind() == DavPath.Kind.OBJECT) {
            store.object(calendar, request.path().object()).filter(o -> query.matches(o) && matches(o, filter, indexed))
                    .ifPresent(o -> wanted.write(out, new DavResource.Object(request.user(), calendar, o), properties));
        } else {
            store.forEach(calendar, query, o -> {
                if (matches(o, filter, indexed)) {
                    wanted.write(out, new DavResource.Object(request.user(), calendar, o), properties);
                }
            });
        }
        out.finish();
    }

    /** The index decides alone for a single comp-filter without property filters on a non-recurring object. */
    private boolean matches(CalendarObject object, CalendarFilter.Comp filter,
                                   Optional<CalendarFilter.Comp> indexed) {
        if (indexed.isPresent() && (!object.index().recurring() || indexed.get().timeRange() == null)) {
            return true;
        }
        if (filter.name().equals("VCALENDAR") && !filter.isNotDefined() && filter.props().isEmpty()
                && filter.comps().isEmpty()) {
            return true;
        }
        return parsed.parse(object).map(p -> p.matches(filter)).orElse(false);
    }

    /** The object-level comp-filter when the whole filter is "VCALENDAR > one component [time-range]". */
    private static Optional<CalendarFilter.Comp> indexable(CalendarFilter.Comp root) {
        if (!root.name().equals("VCALENDAR") || root.isNotDefined() || !root.props().isEmpty()
                || root.comps().size() != 1) {
            return Optional.empty();
        }
        CalendarFilter.Comp c = root.comps().getFirst();
        return c.isNotDefined() || !c.props().isEmpty() || !c.comps().isEmpty() ? Optional.empty() : Optional.of(c);
    }
}
