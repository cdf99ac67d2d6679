package org.crmgateway.caldav;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crmgateway.crm.Capture;
import org.crmgateway.crm.CaptureKind;
import org.crmgateway.crm.ParticipantRole;
import org.crmgateway.crm.SourceBatch;
import org.crmgateway.crm.SourceKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class MeetingFeedIT extends CalDavServerIT {

    @Autowired
    RecordingHistory history;

    @Test
    void meetingsWrittenByAClientBecomeCapturesAndTheirDeletionAWithdrawal() {
        String cal = newCalendar("feed");
        alice.put(cal + "m.ics", Ics.meeting("feed-1", "Pricing", "buyer@customer.example"), 201);
        SourceBatch created = lastBatchOf(cal);
        Capture capture = created.captures().getFirst();
        assertThat(capture.kind()).isEqualTo(CaptureKind.MEETING);
        assertThat(capture.sourceKey()).isEqualTo("ics:feed-1");
        assertThat(capture.source().kind()).isEqualTo(SourceKind.CALDAV);
        assertThat(capture.owner()).isEqualTo(TestUsers.ALICE.id());
        assertThat(capture.subject()).isEqualTo("Pricing");
        assertThat(capture.participants()).anyMatch(p -> p.role() == ParticipantRole.ATTENDEE
                && p.address().value().equals("buyer@customer.example") && "ACCEPTED".equals(p.answer()));
        long firstRevision = Long.parseLong(created.checkpoint().position());

        alice.put(cal + "m.ics", Ics.meeting("feed-1", "Pricing, second round", "buyer@customer.example"), 204);
        SourceBatch changed = lastBatchOf(cal);
        assertThat(changed.captures()).singleElement().extracting(Capture::subject).isEqualTo("Pricing, second round");
        assertThat(Long.parseLong(changed.checkpoint().position())).isGreaterThan(firstRevision);

        alice.delete(cal + "m.ics", 204);
        SourceBatch deleted = lastBatchOf(cal);
        assertThat(deleted.captures()).isEmpty();
        assertThat(deleted.withdrawnSourceKeys()).containsExactly("ics:feed-1");
    }

    @Test
    void appointmentsWithoutAttendeesAreNoMeetings() {
        String cal = newCalendar("feed-appointments");
        alice.put(cal + "a.ics", Ics.event("feed-2", "20261201T100000Z", "20261201T110000Z", "Dentist"), 201);
        assertThat(lastBatchOf(cal).captures()).isEmpty();
    }

    private SourceBatch lastBatchOf(String calendarPath) {
        List<SourceBatch> batches = history.batches().stream()
                .filter(b -> b.checkpoint().scope().equals(calendarPath)).toList();
        assertThat(batches).isNotEmpty();
        return batches.getLast();
    }
}
