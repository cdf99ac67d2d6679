package org.crmgateway.calendarsync.ical;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Test helpers: a VCALENDAR around VEVENT lines, and calendar files from the test resources. */
final class Ics {
    private Ics() {
    }

    static String calendar(String... lines) {
        StringBuilder sb = new StringBuilder("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n");
        for (String line : lines) {
            sb.append(line).append("\r\n");
        }
        return sb.append("END:VCALENDAR\r\n").toString();
    }

    static String resource(String name) {
        try (InputStream in = Ics.class.getResourceAsStream("/calendars/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No test calendar " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ParsedCalendar parsed(String text) {
        return switch (new ICalendarParser().parse(text)) {
            case ParseOutcome.Parsed p -> p.calendar();
            case ParseOutcome.Rejected r -> throw new AssertionError("rejected: " + r.detail());
        };
    }
}
