package org.crmgateway.bench.caldav;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The benchmark's calendar: 10,000 one-hour events spread over 2026 and 2027, every 20th a weekly
 * series of ten, every 200th an endless weekly series. Deterministic, so both servers get the same.
 */
final class BenchEvents {
    static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final Instant FIRST = Instant.parse("2026-01-01T08:00:00Z");
    private static final long SPAN_SECONDS = 730L * 24 * 3600;

    /** One event: its file name and text. */
    record Event(String href, String uid, String text) {
    }

    private BenchEvents() {
    }

    static List<Event> generate(int count) {
        List<Event> events = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String uid = "bench-%05d@crmgateway.org".formatted(i);
            Instant start = FIRST.plusSeconds((SPAN_SECONDS * i / count) / 900 * 900);
            events.add(new Event("bench-%05d.ics".formatted(i), uid, text(uid, start, i, "Meeting " + i)));
        }
        return events;
    }

    static String text(String uid, Instant start, int i, String summary) {
        String rrule = i % 200 == 0 ? "RRULE:FREQ=WEEKLY\r\n" : i % 20 == 0 ? "RRULE:FREQ=WEEKLY;COUNT=10\r\n" : "";
        return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//CRM Gateway bench//EN\r\nBEGIN:VEVENT\r\n"
                + "UID:" + uid + "\r\nDTSTAMP:20260101T000000Z\r\n"
                + "DTSTART:" + UTC.format(start) + "\r\nDTEND:" + UTC.format(start.plusSeconds(3600)) + "\r\n"
                + rrule + "SUMMARY:" + summary + "\r\nLOCATION:Room " + (i % 17) + "\r\n"
                + "DESCRIPTION:Benchmark event number " + i + " with a little text to carry.\r\n"
                + "END:VEVENT\r\nEND:VCALENDAR\r\n";
    }
}
