package org.crmgateway.calendarsync.ical;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.crmgateway.crm.CaptureParticipant;
import org.crmgateway.crm.EmailAddress;
import org.crmgateway.crm.MeetingStatus;
import org.crmgateway.crm.ParticipantRole;
import org.crmgateway.crm.QuarantineReason;
import org.junit.jupiter.api.Test;

class ICalendarParserTest {
    private final ICalendarParser parser = new ICalendarParser();

    @Test
    void readsOrganizerAttendeesAndTheirAnswers() {
        CalendarEvent event = Ics.parsed(Ics.resource("google_organizer_listed_as_attendee.ics")).events().getFirst();

        assertThat(event.uid()).isEqualTo("7kukuqrfedlm2f9t0vr42q2nb0@google.com");
        assertThat(event.summary()).isEqualTo("Pricing call");
        assertThat(event.location()).isNull();
        assertThat(event.participants()).containsExactly(
                new CaptureParticipant(new EmailAddress("carla@partner.example"), "carla@partner.example",
                        ParticipantRole.ORGANIZER, "ACCEPTED"),
                new CaptureParticipant(new EmailAddress("anna.berg@acme.example"), "Anna Berg",
                        ParticipantRole.ATTENDEE, "NEEDS-ACTION"),
                new CaptureParticipant(new EmailAddress("Bob@partner.example"), "Miller, Bob",
                        ParticipantRole.ATTENDEE, "TENTATIVE"));
        assertThat(event.length()).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void resolvesWindowsZoneNamesWithoutVtimezoneAndLeavesRoomsOut() {
        ParsedCalendar calendar = Ics.parsed(Ics.resource("outlook_windows_tzid_without_vtimezone.ics"));
        CalendarEvent event = calendar.events().getFirst();

        assertThat(calendar.method()).isEqualTo("REQUEST");
        assertThat(((EventTime.Zoned) event.start()).dateTime().toInstant())
                .isEqualTo(ZonedDateTime.of(2026, 3, 16, 10, 0, 0, 0, ZoneId.of("Europe/Berlin")).toInstant());
        assertThat(event.participants()).extracting(p -> p.address().value())
                .containsExactly("anna.berg@acme.example", "bob@partner.example");
        assertThat(event.description()).isEqualTo("Quarterly review\n\nAgenda follows.");
    }

    @Test
    void takesAppleAddressesFromTheEmailParameterAndMozillaZonePaths() {
        ParsedCalendar calendar = Ics.parsed(Ics.resource("apple_structured_location_mozilla_tzid.ics"));
        CalendarEvent event = calendar.events().getFirst();

        assertThat(event.participants()).extracting(CaptureParticipant::role, p -> p.address().value())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ParticipantRole.ORGANIZER, "anna.berg@acme.example"),
                        org.assertj.core.groups.Tuple.tuple(ParticipantRole.ATTENDEE, "dana@partner.example"));
        assertThat(((EventTime.Zoned) event.start()).dateTime().toInstant())
                .isEqualTo(ZonedDateTime.of(2026, 5, 12, 14, 30, 0, 0, ZoneId.of("Europe/Berlin")).toInstant());
        assertThat(event.length()).isEqualTo(Duration.ofMinutes(90));
        assertThat(event.location()).isEqualTo("Partner HQ\nMain Street 1");
    }

    @Test
    void readsAnUnknownZoneAsFloatingAndSaysSo() {
        ParsedCalendar calendar = Ics.parsed(Ics.calendar("BEGIN:VEVENT", "UID:u1",
                "DTSTART;TZID=Somewhere Odd:20260101T090000", "END:VEVENT"));

        assertThat(calendar.events().getFirst().start()).isInstanceOf(EventTime.Floating.class);
        assertThat(calendar.notes()).anyMatch(n -> n.contains("Somewhere Odd"));
    }

    @Test
    void quarantinesAnEventWithoutUid() {
        ParseOutcome outcome = parser.parse(Ics.calendar("BEGIN:VEVENT", "DTSTART:20260101T090000Z", "END:VEVENT"));

        assertThat(outcome).isEqualTo(new ParseOutcome.Rejected(QuarantineReason.MISSING_REQUIRED_FIELD,
                "an event has no UID"));
    }

    @Test
    void quarantinesAnEventWithoutStartUnlessItIsAReply() {
        assertThat(parser.parse(Ics.calendar("BEGIN:VEVENT", "UID:a", "END:VEVENT")))
                .isInstanceOf(ParseOutcome.Rejected.class);
        assertThat(parser.parse(Ics.calendar("METHOD:REPLY", "BEGIN:VEVENT", "UID:a",
                "ATTENDEE;PARTSTAT=DECLINED:mailto:x@partner.example", "END:VEVENT")))
                .isInstanceOf(ParseOutcome.Parsed.class);
    }

    @Test
    void quarantinesTextThatIsNotICalendar() {
        ParseOutcome outcome = parser.parse("From: someone\r\n\r\nhello");

        assertThat(outcome).isInstanceOfSatisfying(ParseOutcome.Rejected.class,
                r -> assertThat(r.reason()).isEqualTo(QuarantineReason.UNPARSEABLE));
    }

    @Test
    void quarantinesAnInvalidRecurrenceRule() {
        ParseOutcome outcome = parser.parse(Ics.calendar("BEGIN:VEVENT", "UID:a", "DTSTART:20260101T090000Z",
                "RRULE:FREQ=SOMETIMES", "END:VEVENT"));

        assertThat(outcome).isInstanceOfSatisfying(ParseOutcome.Rejected.class,
                r -> assertThat(r.detail()).contains("RRULE"));
    }

    @Test
    void rejectsObjectsOverTheSizeLimit() {
        ParseOutcome outcome = new ICalendarParser(100).parse(Ics.calendar("BEGIN:VEVENT", "UID:a",
                "DTSTART:20260101T090000Z", "SUMMARY:" + "x".repeat(200), "END:VEVENT"));

        assertThat(outcome).isInstanceOfSatisfying(ParseOutcome.Rejected.class,
                r -> assertThat(r.reason()).isEqualTo(QuarantineReason.LIMIT_EXCEEDED));
    }

    @Test
    void readsStatusSequenceAndDuration() {
        CalendarEvent event = Ics.parsed(Ics.calendar("BEGIN:VEVENT", "UID:a", "DTSTART:20260101T090000Z",
                "DURATION:PT45M", "STATUS:CANCELLED", "SEQUENCE:3", "END:VEVENT")).events().getFirst();

        assertThat(event.status()).isEqualTo(MeetingStatus.CANCELLED);
        assertThat(event.sequence()).isEqualTo(3);
        assertThat(event.length()).isEqualTo(Duration.ofMinutes(45));
    }

    @Test
    void toleratesAByteOrderMarkAndLeadingBlankLines() {
        ParseOutcome outcome = parser.parse("\uFEFF\r\n\r\n" + Ics.calendar("BEGIN:VEVENT", "UID:a",
                "DTSTART:20260101T090000Z", "END:VEVENT"));

        assertThat(outcome).isInstanceOf(ParseOutcome.Parsed.class);
    }
}
