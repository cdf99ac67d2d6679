package org.crmgateway.calendarsync.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.crmgateway.calendarsync.testing.RadicaleServer;
import org.crmgateway.calendarsync.sync.AccountSync;
import org.crmgateway.crm.ActivitySummary;
import org.crmgateway.crm.CalendarAccount;
import org.crmgateway.crm.CalendarAccounts;
import org.crmgateway.crm.Capture;
import org.crmgateway.crm.CaptureKind;
import org.crmgateway.crm.CaptureParticipant;
import org.crmgateway.crm.Checkpoint;
import org.crmgateway.crm.EmailAddress;
import org.crmgateway.crm.History;
import org.crmgateway.crm.HistoryQuery;
import org.crmgateway.crm.HistoryRecorder;
import org.crmgateway.crm.Invitations;
import org.crmgateway.crm.MeetingStatus;
import org.crmgateway.crm.NewCalendarAccount;
import org.crmgateway.crm.NewPartner;
import org.crmgateway.crm.NewUser;
import org.crmgateway.crm.ParticipantRole;
import org.crmgateway.crm.Partner;
import org.crmgateway.crm.PartnerKind;
import org.crmgateway.crm.Partners;
import org.crmgateway.crm.Role;
import org.crmgateway.crm.SourceBatch;
import org.crmgateway.crm.SourceKind;
import org.crmgateway.crm.SourceRef;
import org.crmgateway.crm.StaffUser;
import org.crmgateway.crm.StaffUsers;
import org.crmgateway.crm.TenantId;
import org.crmgateway.crm.Viewer;
import org.crmgateway.crm.Visibility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole way: meetings on a real Radicale and invitations inside recorded mail end up in the
 * right partners' history through the core's recorder and matcher, on H2.
 */
@SpringBootTest
class MeetingHistoryIT {
    private static RadicaleServer radicale;

    @Autowired AccountSync sync;
    @Autowired HistoryRecorder recorder;
    @Autowired History history;
    @Autowired Partners partners;
    @Autowired StaffUsers users;
    @Autowired CalendarAccounts accounts;
    @Autowired Invitations invitations;

    private String domain;
    private Partner company;
    private Partner bob;
    private StaffUser anna;
    private Viewer viewer;

    @BeforeAll
    static void startRadicale() {
        assumeTrue(RadicaleServer.installed() || RadicaleServer.peersRequired(),
                "radicale is not installed (Debian package radicale)");
        radicale = RadicaleServer.start();
    }

    @AfterAll
    static void stopRadicale() {
        if (radicale != null) {
            radicale.close();
        }
    }

    @BeforeEach
    void partnersAndStaff() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        domain = "partner-" + tag + ".example";
        company = partners.create(TenantId.DEFAULT, new NewPartner(PartnerKind.COMPANY, "Partner " + tag, List.of(),
                List.of(domain), null));
        bob = partners.create(TenantId.DEFAULT, new NewPartner(PartnerKind.PERSON, "Bob " + tag,
                List.of(new EmailAddress("bob@" + domain)), List.of(), company.id()));
        anna = users.create(TenantId.DEFAULT, new NewUser("anna-" + tag, new EmailAddress("anna-" + tag + "@acme.example"),
                List.of(), "{noop}x", Role.USER));
        viewer = new Viewer(TenantId.DEFAULT, anna.id(), Role.ADMIN);
    }

    private List<ActivitySummary> timeline(Partner partner) {
        return history.timeline(viewer, HistoryQuery.of(partner.id(), null, 200)).items();
    }

    private String event(String uid, String summary, String extra) {
        return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nBEGIN:VEVENT\r\nUID:" + uid
                + "\r\nDTSTAMP:20260101T000000Z\r\nDTSTART:20260310T090000Z\r\nDURATION:PT1H\r\nSUMMARY:" + summary
                + "\r\n" + extra + "ORGANIZER;CN=Anna:mailto:" + anna.email().value()
                + "\r\nATTENDEE;PARTSTAT=ACCEPTED;CN=Bob:mailto:bob@" + domain + "\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    }

    @Test
    void meetingsOfARadicaleCalendarAppearOnceInThePartnersHistoryAndDeletionsCancelThem() {
        URI cal = radicale.mkcalendar("history-" + domain);
        radicale.put(cal, "single.ics", event("single-" + domain, "Kick-off", ""));
        radicale.put(cal, "series.ics", event("series-" + domain, "Weekly sync", "RRULE:FREQ=WEEKLY;COUNT=3\r\n"));
        CalendarAccount account = accounts.register(TenantId.DEFAULT, new NewCalendarAccount(anna.id(), cal,
                RadicaleServer.USER, RadicaleServer.PASSWORD, Visibility.EVERYTHING, null));

        sync.run(account);
        sync.run(account);

        assertThat(timeline(bob)).filteredOn(a -> a.type() == CaptureKind.MEETING).hasSize(4)
                .extracting(ActivitySummary::subject).containsOnly("Kick-off", "Weekly sync");
        assertThat(timeline(company)).filteredOn(a -> a.type() == CaptureKind.MEETING).hasSize(4);

        radicale.put(cal, "single.ics", event("single-" + domain, "Kick-off (moved)", ""));
        radicale.delete(cal, "series.ics");
        sync.run(account);

        List<ActivitySummary> after = timeline(bob);
        assertThat(after).filteredOn(a -> a.type() == CaptureKind.MEETING).hasSize(4);
        assertThat(after).filteredOn(a -> "Kick-off (moved)".equals(a.subject())).singleElement()
                .satisfies(a -> assertThat(a.meeting().status()).isEqualTo(MeetingStatus.CONFIRMED));
        assertThat(after).filteredOn(a -> "Weekly sync".equals(a.subject())).hasSize(3)
                .allSatisfy(a -> assertThat(a.meeting().status()).isEqualTo(MeetingStatus.CANCELLED));
    }

    private void mailWithCalendarPart(String text) {
        String id = UUID.randomUUID() + "@" + domain;
        Capture mail = Capture.email(TenantId.DEFAULT, new SourceRef(SourceKind.MAIL, 1, "INBOX", id), "mid:" + id,
                        Instant.now())
                .owner(anna.id())
                .participants(List.of(new CaptureParticipant(new EmailAddress("bob@" + domain), "Bob",
                                ParticipantRole.FROM, null),
                        new CaptureParticipant(anna.email(), "Anna", ParticipantRole.TO, null)))
                .subject("Invitation")
                .calendarParts(List.of(text))
                .build();
        recorder.record(SourceBatch.to(new Checkpoint(TenantId.DEFAULT, SourceKind.MAIL, 1, "INBOX-" + domain, id))
                .add(mail).build());
    }

    private java.util.Optional<ActivitySummary> meeting(String subject) {
        return timeline(bob).stream().filter(a -> a.type() == CaptureKind.MEETING && subject.equals(a.subject()))
                .findFirst();
    }

    @Test
    void invitationsInRecordedMailCreateUpdateAndCancelTheMeeting() {
        String uid = "imip-" + domain;
        String request = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//x//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:"
                + uid + "\r\nDTSTAMP:20260301T000000Z\r\nDTSTART:20260420T120000Z\r\nDURATION:PT1H\r\n"
                + "SUMMARY:Offer review\r\nORGANIZER;CN=Bob:mailto:bob@" + domain + "\r\nATTENDEE;PARTSTAT=NEEDS-ACTION:mailto:"
                + anna.email().value() + "\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";

        mailWithCalendarPart(request);
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(meeting("Offer review"))
                .hasValueSatisfying(m -> assertThat(m.meeting().status()).isEqualTo(MeetingStatus.CONFIRMED)));

        // the answer a REPLY carries reaches the recorder (InvitationProcessorIT); the core's meeting
        // update keeps the stored participants when only an answer changed, so it is not asserted here
        mailWithCalendarPart(request.replace("METHOD:REQUEST", "METHOD:REPLY")
                .replace("PARTSTAT=NEEDS-ACTION", "PARTSTAT=ACCEPTED"));
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> invitations.unprocessed(10).isEmpty());

        mailWithCalendarPart(request.replace("METHOD:REQUEST", "METHOD:CANCEL"));
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                meeting("Offer review").orElseThrow().meeting().status()).isEqualTo(MeetingStatus.CANCELLED));
        assertThat(timeline(bob)).filteredOn(a -> a.type() == CaptureKind.MEETING).hasSize(1);
    }
}
