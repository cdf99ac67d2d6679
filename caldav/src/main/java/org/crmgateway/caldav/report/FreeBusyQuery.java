package org.crmgateway.caldav.report;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.crmgateway.caldav.DavException;
import org.crmgateway.caldav.DavRequest;
import org.crmgateway.caldav.ical.ParsedCalendarCache;
import org.crmgateway.caldav.ical.TimeRange;
import org.crmgateway.caldav.store.CalendarCollection;
import org.crmgateway.caldav.store.CalendarStore;
import org.crmgateway.caldav.store.ObjectQuery;
import org.crmgateway.caldav.xml.PropName;
import org.springframework.stereotype.Component;
import org.w3c.dom.Element;

/** free-busy-query (RFC 4791 section 7.10): a VFREEBUSY of the busy times of a calendar's events. */
@Component
class FreeBusyQuery implements DavReport {
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final int MAX_PERIODS = 10_000;

    private final CalendarStore store;
    private final ParsedCalendarCache parsed;

    FreeBusyQuery(CalendarStore store, ParsedCalendarCache parsed) {
        this.store = store;
        this.parsed = parsed;
    }

    @Override
    public PropName name() {
        return PropName.caldav("free-busy-query");
    }

    @Override
    public void run(DavRequest request, Element body, HttpServletResponse response) throws IOException {
        CalendarCollection calendar = request.requireCalendar();
        TimeRange range = FilterParser.timeRange(body);
        if (range == null || range.start() == Long.MIN_VALUE || range.end() == Long.MAX_VALUE) {
            throw new DavException(400, "free-busy-query needs a bounded time-range");
        }
        List<long[]> busy = new ArrayList<>();
        store.forEach(calendar, new ObjectQuery("VEVENT", range.start(), range.end(), true), o ->
                parsed.parse(o).filter(p -> p.busy() && busy.size() < MAX_PERIODS)
                        .ifPresent(p -> busy.addAll(p.occurrences(range, MAX_PERIODS))));
        busy.sort(Comparator.comparingLong(p -> p[0]));
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType("text/calendar; charset=utf-8");
        PrintWriter out = response.getWriter();
        out.print("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//CRM Gateway//CalDAV//EN\r\nBEGIN:VFREEBUSY\r\n");
        out.print("DTSTAMP:" + UTC.format(Instant.now()) + "\r\n");
        out.print("DTSTART:" + UTC.format(Instant.ofEpochMilli(range.start())) + "\r\n");
        out.print("DTEND:" + UTC.format(Instant.ofEpochMilli(range.end())) + "\r\n");
        for (long[] period : busy) {
            long start = Math.max(period[0], range.start());
            long end = Math.min(period[1], range.end());
            if (end > start) {
                out.print("FREEBUSY:" + UTC.format(Instant.ofEpochMilli(start)) + "/"
                        + UTC.format(Instant.ofEpochMilli(end)) + "\r\n");
            }
        }
        out.print("END:VFREEBUSY\r\nEND:VCALENDAR\r\n");
        out.flush();
    }
}
