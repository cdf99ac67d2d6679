package org.crmgateway.calendarsync.ical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import org.crmgateway.crm.MeetingStatus;
import org.crmgateway.crm.QuarantineReason;
import org.junit.jupiter.api.Test;

class RecurrenceExpanderTest {
    private static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private final RecurrenceExpander expander = new RecurrenceExpander(ExpansionSettings.DEFAULT);

    private List<Occurrence> expand(String... lines) {
        return expander.expand(Ics.parsed(Ics.calendar(lines)), NOW);
    }

    private static Instant berlin(int month, int day, int hour) {
        return ZonedDateTime.of(2026, month, day, hour, 0, 0, 0, BERLIN).toInstant();
    }

    @Test
    void appliesRruleExdateRdateAndOverrides() {
        List<Occurrence> occurrences = expand(
                "BEGIN:VEVENT", "UID:s1", "SUMMARY:Weekly", "DTSTART;TZID=Europe/Berlin:20260302T100000",
                "DTEND;TZID=Europe/Berlin:20260302T110000", "RRULE:FREQ=WEEKLY;COUNT=4",
                "EXDATE;TZID=Europe/Berlin:20260309T100000", "RDATE;TZID=Europe/Berlin:20260320T150000",
                "END:VEVENT",
                "BEGIN:VEVENT", "UID:s1", "SUMMARY:Weekly (moved)", "RECURRENCE-ID;TZID=Europe/Berlin:20260316T100000",
                "DTSTART;TZID=Europe/Berlin:20260317T120000", "DTEND;TZID=Europe/Berlin:20260317T130000",
                "END:VEVENT");

        assertThat(occurrences).extracting(Occurrence::start).containsExactly(
                berlin(3, 2, 10), berlin(3, 17, 12), berlin(3, 20, 15), berlin(3, 23, 10));
        Occurrence moved = occurrences.get(1);
        assertThat(moved.recurrenceId()).isEqualTo(berlin(3, 16, 10));
        assertThat(moved.event().summary()).isEqualTo("Weekly (moved)");
        assertThat(moved.sourceKey()).isEqualTo("ics:s1|2026-03-16T09:00:00Z");
        assertThat(occurrences).extracting(o -> Duration.between(o.start(), o.end()))
                .containsOnly(Duration.ofHours(1));
    }

    @Test
    void keepsTheWallClockTimeAcrossDaylightSavingChanges() {
        List<Occurrence> occurrences = expand("BEGIN:VEVENT", "UID:dst", "DTSTART;TZID=Europe/Berlin:20260320T100000",
                "RRULE:FREQ=WEEKLY;COUNT=3", "END:VEVENT");

        // 2026-03-29 the clocks go forward: the UTC time moves, the local time does not
        assertThat(occurrences).extracting(Occurrence::start).containsExactly(
                Instant.parse("2026-03-20T09:00:00Z"), Instant.parse("2026-03-27T09:00:00Z"),
                Instant.parse("2026-04-03T08:00:00Z"));
    }

    @Test
    void honoursAnUntilInUtcOnAZonedSeries() {
        List<Occurrence> occurrences = expand("BEGIN:VEVENT", "UID:u", "DTSTART;TZID=Europe/Berlin:20260320T100000",
                "RRULE:FREQ=WEEKLY;UNTIL=20260403T080000Z", "END:VEVENT");

        assertThat(occurrences).hasSize(3);
    }

    @Test
    void expandsAllDaySeriesAsDates() {
        List<Occurrence> occurrences = expand("BEGIN:VEVENT", "UID:ad", "DTSTART;VALUE=DATE:20260504",
                "RRULE:FREQ=DAILY;COUNT=3", "EXDATE;VALUE=DATE:20260505", "END:VEVENT");

        assertThat(occurrences).extracting(Occurrence::start).containsExactly(
                Instant.parse("2026-05-04T00:00:00Z"), Instant.parse("2026-05-06T00:00:00Z"));
        assertThat(occurrences).allSatisfy(o -> {
            assertThat(o.allDay()).isTrue();
            assertThat(Duration.between(o.start(), o.end())).isEqualTo(Duration.ofDays(1));
        });
    }

    @Test
    void readsFloatingTimesInTheConfiguredZone() {
        RecurrenceExpander inBerlin = new RecurrenceExpander(ExpansionSettings.DEFAULT.withFloatingZone(BERLIN));
        ParsedCalendar calendar = Ics.parsed(Ics.calendar("BEGIN:VEVENT", "UID:f", "DTSTART:20260325T100000",
                "RRULE:FREQ=WEEKLY;COUNT=2", "END:VEVENT"));

        assertThat(inBerlin.expand(calendar, NOW)).extracting(Occurrence::start)
                .containsExactly(berlin(3, 25, 10), berlin(4, 1, 10));
        assertThat(expander.expand(calendar, NOW)).extracting(Occurrence::start)
                .containsExactly(Instant.parse("2026-03-25T10:00:00Z"), Instant.parse("2026-04-01T10:00:00Z"));
    }

    @Test
    void cancelsEveryOccurrenceOfACancelledSeriesAndSingleCancelledOverrides() {
        assertThat(expand("BEGIN:VEVENT", "UID:c", "DTSTART:20260301T090000Z", "RRULE:FREQ=DAILY;COUNT=3",
                "STATUS:CANCELLED", "END:VEVENT")).extracting(Occurrence::status).containsOnly(MeetingStatus.CANCELLED);

        List<Occurrence> one = expand("BEGIN:VEVENT", "UID:c", "DTSTART:20260301T090000Z", "RRULE:FREQ=DAILY;COUNT=3",
                "END:VEVENT", "BEGIN:VEVENT", "UID:c", "RECURRENCE-ID:20260302T090000Z",
                "DTSTART:20260302T090000Z", "STATUS:CANCELLED", "END:VEVENT");
        assertThat(one).extracting(Occurrence::status)
                .containsExactly(MeetingStatus.CONFIRMED, MeetingStatus.CANCELLED, MeetingStatus.CONFIRMED);
    }

    @Test
    void keepsOccurrencesWithinTheWindowOnly() {
        List<Occurrence> occurrences = expand("BEGIN:VEVENT", "UID:w", "DTSTART:20200106T090000Z",
                "RRULE:FREQ=YEARLY", "END:VEVENT");

        // two years back from 2026-06-01 and one year ahead: 2024-06-01 .. 2027-06-01
        assertThat(occurrences).extracting(Occurrence::start).containsExactly(
                Instant.parse("2025-01-06T09:00:00Z"), Instant.parse("2026-01-06T09:00:00Z"),
                Instant.parse("2027-01-06T09:00:00Z"));
    }

    @Test
    void refusesSeriesWithMoreOccurrencesThanTheLimit() {
        RecurrenceExpander small = new RecurrenceExpander(
                new ExpansionSettings(Duration.ofDays(30), Duration.ofDays(30), 10, ZoneOffset.UTC));
        ParsedCalendar minutely = Ics.parsed(Ics.calendar("BEGIN:VEVENT", "UID:m", "DTSTART:20260520T000000Z",
                "RRULE:FREQ=MINUTELY", "END:VEVENT"));

        assertThatThrownBy(() -> small.expand(minutely, NOW)).isInstanceOfSatisfying(RecurrenceException.class,
                e -> assertThat(e.reason()).isEqualTo(QuarantineReason.LIMIT_EXCEEDED));
    }

    @Test
    void removesADateOnlyExdateFromATimedSeries() {
        List<Occurrence> occurrences = expander.expand(
                Ics.parsed(Ics.resource("outlook_windows_tzid_without_vtimezone.ics")), NOW);

        assertThat(occurrences).extracting(Occurrence::start)
                .containsExactly(berlin(3, 16, 10), berlin(3, 30, 10), berlin(4, 6, 10));
    }

    @Test
    void givesASingleEventNoRecurrenceId() {
        List<Occurrence> occurrences = expand("BEGIN:VEVENT", "UID:single", "DTSTART:20260410T130000Z", "END:VEVENT");

        assertThat(occurrences).singleElement().satisfies(o -> {
            assertThat(o.recurrenceId()).isNull();
            assertThat(o.sourceKey()).isEqualTo("ics:single");
            assertThat(o.end()).isEqualTo(o.start());
        });
    }
}
