package org.crmgateway.bench.calendar;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

/** A reproducible calendar: single meetings spread over three years and weekly series in Europe/Berlin. */
final class BenchCalendar {
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss").withZone(ZoneOffset.UTC);
    private static final String BERLIN = """
            BEGIN:VTIMEZONE\r
            TZID:Europe/Berlin\r
            BEGIN:DAYLIGHT\r
            TZOFFSETFROM:+0100\r
            TZOFFSETTO:+0200\r
            TZNAME:CEST\r
            DTSTART:19700329T020000\r
            RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r
            END:DAYLIGHT\r
            BEGIN:STANDARD\r
            TZOFFSETFROM:+0200\r
            TZOFFSETTO:+0100\r
            TZNAME:CET\r
            DTSTART:19701025T030000\r
            RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r
            END:STANDARD\r
            END:VTIMEZONE\r
            """;

    private BenchCalendar() {
    }

    /** {@code size} objects named {@code e<i>.ics}, every {@code size/series}-th one a weekly series. */
    static Map<String, String> objects(int size, int series, Instant now) {
        Map<String, String> objects = new LinkedHashMap<>();
        int every = size / series;
        for (int i = 0; i < size; i++) {
            objects.put("e" + i + ".ics", event(i, i % every == 0, now, 0));
        }
        return objects;
    }

    /** Event {@code i}; a higher {@code version} changes its summary and SEQUENCE, as an edit would. */
    static String event(int i, boolean recurring, Instant now, int version) {
        Random random = new Random(i);
        Instant start = now.minus(700, ChronoUnit.DAYS).plus(random.nextInt(1000 * 24), ChronoUnit.HOURS)
                .truncatedTo(ChronoUnit.HOURS);
        String when = recurring
                ? "DTSTART;TZID=Europe/Berlin:" + LOCAL.format(start) + "\r\nDURATION:PT1H\r\nRRULE:FREQ=WEEKLY;COUNT=60\r\n"
                : "DTSTART:" + UTC.format(start) + "\r\nDTEND:" + UTC.format(start.plus(1, ChronoUnit.HOURS)) + "\r\n";
        return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//crm-gateway//bench//EN\r\n" + (recurring ? BERLIN : "")
                + "BEGIN:VEVENT\r\nUID:bench-" + i + "@crm-gateway\r\nDTSTAMP:20260101T000000Z\r\nSEQUENCE:" + version
                + "\r\n" + when + "SUMMARY:Meeting " + i + (version > 0 ? " (v" + version + ")" : "") + "\r\n"
                + "ORGANIZER;CN=Staff " + (i % 7) + ":mailto:staff" + (i % 7) + "@acme.example\r\n"
                + "ATTENDEE;PARTSTAT=ACCEPTED;CN=Contact " + (i % 311) + ":mailto:contact" + (i % 311) + "@partner"
                + (i % 53) + ".example\r\n"
                + "ATTENDEE;PARTSTAT=NEEDS-ACTION:mailto:buyer" + (i % 97) + "@partner" + (i % 41) + ".example\r\n"
                + "LOCATION:Room " + (i % 12) + "\r\nDESCRIPTION:Agenda item " + i + "\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    }
}
