package org.crmgateway.caldav.ical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.crmgateway.caldav.store.ObjectIndex;
import org.junit.jupiter.api.Test;

class ParsedCalendarTest {

    static String wrap(String body) {
        return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\n" + body + "END:VCALENDAR\r\n";
    }

    static long at(String instant) {
        return Instant.parse(instant).toEpochMilli();
    }

    @Test
    void indexesASingleEvent() throws Exception {
        ParsedCalendar p = ParsedCalendar.parse(wrap("BEGIN:VEVENT\r\nUID:a\r\nDTSTAMP:20260101T000000Z\r\n"
                + "DTSTART:20261201T100000Z\r\nDURATION:PT90M\r\nEND:VEVENT\r\n"));
        assertThat(p.uid()).isEqualTo("a");
        assertThat(p.componentType()).isEqualTo("VEVENT");
        assertThat(p.index()).isEqualTo(new ObjectIndex(at("2026-12-01T10:00:00Z"), at("2026-12-01T11:30:00Z"), false));
    }

    @Test
    void indexesAllDayAndZonedEvents() throws Exception {
        assertThat(ParsedCalendar.parse(wrap("BEGIN:VEVENT\r\nUID:d\r\nDTSTAMP:20260101T000000Z\r\n"
                + "DTSTART;VALUE=DATE:20261224\r\nEND:VEVENT\r\n")).index())
                .isEqualTo(new ObjectIndex(at("2026-12-24T00:00:00Z"), at("2026-12-25T00:00:00Z"), false));
        assertThat(ParsedCalendar.parse(wrap("BEGIN:VEVENT\r\nUID:z\r\nDTSTAMP:20260101T000000Z\r\n"
                + "DTSTART;TZID=Europe/Berlin:20260701T100000\r\nDTEND;TZID=Europe/Berlin:20260701T110000\r\n"
                + "END:VEVENT\r\n")).index())
                .isEqualTo(new ObjectIndex(at("2026-07-01T08:00:00Z"), at("2026-07-01T09:00:00Z"), false));
    }

    @Test
    void boundsRecurrencesByCountUntilOrNot() throws Exception {
        String head = "BEGIN:VEVENT\r\nUID:r\r\nDTSTAMP:20260101T000000Z\r\nDTSTART:20260105T090000Z\r\n"
                + "DTEND:20260105T100000Z\r\n";
        ObjectIndex counted = ParsedCalendar.parse(wrap(head + "RRULE:FREQ=DAILY;COUNT=3\r\nEND:VEVENT\r\n")).index();
        assertThat(counted).isEqualTo(new ObjectIndex(at("2026-01-05T09:00:00Z"), at("2026-01-07T10:00:00Z"), true));
        ObjectIndex forever = ParsedCalendar.parse(wrap(head + "RRULE:FREQ=DAILY\r\nEND:VEVENT\r\n")).index();
        assertThat(forever.lastEnd()).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void aTaskWithoutDatesMatchesEveryRange() throws Exception {
        ParsedCalendar todo = ParsedCalendar.parse(wrap("BEGIN:VTODO\r\nUID:t\r\nDTSTAMP:20260101T000000Z\r\n"
                + "SUMMARY:x\r\nEND:VTODO\r\n"));
        assertThat(todo.index()).isEqualTo(ObjectIndex.UNBOUNDED);
        assertThat(todo.overlaps(new TimeRange(0, 1))).isTrue();
    }

    @Test
    void refusesObjectsWithoutOneUidOrWithMixedComponents() {
        assertThatThrownBy(() -> ParsedCalendar.parse(wrap("BEGIN:VEVENT\r\nDTSTAMP:20260101T000000Z\r\n"
                + "DTSTART:20260105T090000Z\r\nEND:VEVENT\r\n"))).isInstanceOf(InvalidCalendarDataException.class);
        assertThatThrownBy(() -> ParsedCalendar.parse(wrap("BEGIN:VEVENT\r\nUID:a\r\nDTSTAMP:20260101T000000Z\r\n"
                + "DTSTART:20260105T090000Z\r\nEND:VEVENT\r\nBEGIN:VTODO\r\nUID:a\r\nDTSTAMP:20260101T000000Z\r\n"
                + "END:VTODO\r\n"))).isInstanceOf(InvalidCalendarDataException.class);
        assertThatThrownBy(() -> ParsedCalendar.parse(wrap(""))).isInstanceOf(InvalidCalendarDataException.class);
    }

}
