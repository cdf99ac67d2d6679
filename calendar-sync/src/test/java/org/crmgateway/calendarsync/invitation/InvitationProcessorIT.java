package org.crmgateway.calendarsync.invitation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.awaitility.Awaitility;
import org.crmgateway.calendarsync.fake.FakeCore;
import org.crmgateway.calendarsync.fake.InMemoryHistoryRecorder;
import org.crmgateway.calendarsync.fake.InMemoryInvitations;
import org.crmgateway.crm.Capture;
import org.crmgateway.crm.CaptureParticipant;
import org.crmgateway.crm.Invitation;
import org.crmgateway.crm.InvitationReceived;
import org.crmgateway.crm.MeetingStatus;
import org.crmgateway.crm.QuarantineReason;
import org.crmgateway.crm.SourceKind;
import org.crmgateway.crm.TenantId;
import org.crmgateway.crm.UserId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;

/** iTIP methods applied to the meeting, through the module's own store on H2. */
@SpringBootTest
@Import(FakeCore.class)
class InvitationProcessorIT {
    @Autowired InvitationProcessor processor;
    @Autowired InMemoryInvitations invitations;
    @Autowired InMemoryHistoryRecorder recorded;
    @Autowired ApplicationEventPublisher events;

    @BeforeEach
    void forget() {
        recorded.clear();
    }

    private Invitation mail(String text) {
        return invitations.add(TenantId.DEFAULT, UserId.of(1), 42, text);
    }

    @Test
    void aRequestCreatesTheMeetingAndMarksTheInvitationProcessed() {
        Invitation invitation = mail(Imip.request("req-1", 0, "Contract talk"));

        processor.processPending(10);

        Capture meeting = recorded.meetings.get("ics:req-1");
        assertThat(meeting.subject()).isEqualTo("Contract talk");
        assertThat(meeting.source().kind()).isEqualTo(SourceKind.INVITATION);
        assertThat(meeting.participants()).extracting(p -> p.address().value())
                .containsExactly("carla@partner.example", "anna@acme.example", "dan@partner.example");
        assertThat(invitations.find(TenantId.DEFAULT, invitation.id()).orElseThrow().processed()).isTrue();
        assertThat(invitations.unprocessed(10)).isEmpty();
    }

    @Test
    void aReplyChangesTheAttendeesAnswerAndAnUpdateKeepsIt() {
        mail(Imip.request("req-2", 0, "Pricing"));
        mail(Imip.reply("req-2", "anna@acme.example", "DECLINED"));
        processor.processPending(10);

        assertThat(answerOf("ics:req-2", "anna@acme.example")).isEqualTo("DECLINED");

        mail(Imip.request("req-2", 1, "Pricing (new room)"));
        processor.processPending(10);

        assertThat(recorded.meetings.get("ics:req-2").subject()).isEqualTo("Pricing (new room)");
        assertThat(answerOf("ics:req-2", "anna@acme.example")).isEqualTo("DECLINED");
        assertThat(answerOf("ics:req-2", "dan@partner.example")).isEqualTo("ACCEPTED");
    }

    @Test
    void aCancelCancelsTheMeeting() {
        mail(Imip.request("req-3", 0, "Demo"));
        mail(Imip.cancel("req-3"));

        processor.processPending(10);

        assertThat(recorded.meetings.get("ics:req-3").meeting().status()).isEqualTo(MeetingStatus.CANCELLED);
        assertThat(recorded.meetings.get("ics:req-3").subject()).isEqualTo("Demo");
    }

    @Test
    void aReceivedEventAppliesTheInvitationAtOnce() {
        Invitation invitation = mail(Imip.request("req-4", 0, "Lunch"));

        events.publishEvent(new InvitationReceived(TenantId.DEFAULT, invitation.id()));

        Awaitility.await().atMost(Duration.ofSeconds(10))
                .until(() -> recorded.meetings.containsKey("ics:req-4"));
        assertThat(recorded.recordings.get("ics:req-4")).isEqualTo(1);
    }

    @Test
    void aBrokenInvitationIsQuarantinedAndProcessed() {
        Invitation invitation = mail("BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nSUMMARY:no uid\r\n"
                + "DTSTART:20260101T100000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");

        processor.processPending(10);

        assertThat(recorded.quarantined).singleElement().satisfies(q -> {
            assertThat(q.reason()).isEqualTo(QuarantineReason.MISSING_REQUIRED_FIELD);
            assertThat(q.source().kind()).isEqualTo(SourceKind.INVITATION);
        });
        assertThat(invitations.find(TenantId.DEFAULT, invitation.id()).orElseThrow().processed()).isTrue();
    }

    private String answerOf(String key, String address) {
        return recorded.meetings.get(key).participants().stream()
                .filter(p -> p.address().value().equals(address)).map(CaptureParticipant::answer)
                .findFirst().orElseThrow();
    }
}
