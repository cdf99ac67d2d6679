package org.crmgateway.calendarsync.retry;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.crmgateway.calendarsync.fake.FakeCore;
import org.crmgateway.calendarsync.fake.InMemoryHistoryRecorder;
import org.crmgateway.calendarsync.fake.InMemoryQuarantine;
import org.crmgateway.crm.QuarantineItem;
import org.crmgateway.crm.QuarantineReason;
import org.crmgateway.crm.QuarantineRetryRequested;
import org.crmgateway.crm.SourceKind;
import org.crmgateway.crm.SourceRef;
import org.crmgateway.crm.TenantId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;

@SpringBootTest
@Import(FakeCore.class)
class QuarantineRetryIT {
    @Autowired InMemoryQuarantine quarantine;
    @Autowired InMemoryHistoryRecorder recorded;
    @Autowired ApplicationEventPublisher events;

    private long quarantined(SourceKind kind, String text) {
        return quarantine.add(new QuarantineItem(TenantId.DEFAULT, new SourceRef(kind, 99, "mail", "x"),
                QuarantineReason.UNPARSEABLE, "older parser could not read it", text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void anInvitationThatParsesNowIsRecordedAndResolved() {
        long id = quarantined(SourceKind.INVITATION, "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\n"
                + "BEGIN:VEVENT\r\nUID:retried-1\r\nDTSTART:20260501T100000Z\r\nSUMMARY:Now readable\r\n"
                + "ORGANIZER:mailto:carla@partner.example\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");

        events.publishEvent(new QuarantineRetryRequested(TenantId.DEFAULT, id, SourceKind.INVITATION));

        assertThat(recorded.meetings.get("ics:retried-1").subject()).isEqualTo("Now readable");
        assertThat(quarantine.find(TenantId.DEFAULT, id)).isEmpty();
    }

    @Test
    void anObjectThatStillFailsStaysWithTheNewReason() {
        long id = quarantined(SourceKind.INVITATION, "not a calendar");

        events.publishEvent(new QuarantineRetryRequested(TenantId.DEFAULT, id, SourceKind.INVITATION));

        assertThat(quarantine.find(TenantId.DEFAULT, id)).hasValueSatisfying(e -> {
            assertThat(e.retries()).isEqualTo(1);
            assertThat(e.detail()).startsWith("not iCalendar");
        });
    }

    @Test
    void itemsOfOtherSourcesAreLeftToTheirModule() {
        long id = quarantined(SourceKind.MAIL, "From: x");

        events.publishEvent(new QuarantineRetryRequested(TenantId.DEFAULT, id, SourceKind.MAIL));

        assertThat(quarantine.list(TenantId.DEFAULT, 10)).extracting(e -> e.id()).contains(id);
        assertThat(quarantine.find(TenantId.DEFAULT, id).orElseThrow().retries()).isZero();
        assertThat(List.copyOf(recorded.quarantined)).isEmpty();
    }
}
