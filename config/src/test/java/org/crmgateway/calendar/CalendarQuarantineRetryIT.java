package org.crmgateway.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.doThrow;

import java.nio.charset.StandardCharsets;

import org.crmgateway.crm.Checkpoint;
import org.crmgateway.crm.HistoryRecorder;
import org.crmgateway.crm.Quarantine;
import org.crmgateway.crm.QuarantineItem;
import org.crmgateway.crm.QuarantineReason;
import org.crmgateway.crm.Role;
import org.crmgateway.crm.SourceBatch;
import org.crmgateway.crm.SourceKind;
import org.crmgateway.crm.SourceRef;
import org.crmgateway.crm.TenantId;
import org.crmgateway.testing.GatewayIT;
import org.crmgateway.testing.Seed;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * Retrying a quarantined invitation through the real core: the retry runs after the request's
 * transaction has committed, in a transaction of its own, so the meeting and the end of the
 * quarantine item are stored together or not at all.
 */
@GatewayIT
class CalendarQuarantineRetryIT {

    @Autowired
    Seed seed;
    @Autowired
    HistoryRecorder recorder;
    @Autowired
    JdbcClient jdbc;
    @MockitoSpyBean
    Quarantine quarantine;

    TenantId tenant;

    @BeforeEach
    void tenantWithAPartner() {
        tenant = seed.tenant("Retry");
        seed.user(tenant, Seed.unique("ivan"), "retry-firm.example", Role.USER);
        seed.person(tenant, "Carla", "carla@partner.example", null);
    }

    private long quarantinedInvitation(String uid) {
        String text = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nMETHOD:REQUEST\r\n"
                + "BEGIN:VEVENT\r\nUID:" + uid + "\r\nDTSTAMP:20260501T090000Z\r\nDTSTART:20260501T100000Z\r\n"
                + "DTEND:20260501T110000Z\r\nSUMMARY:Now readable\r\nORGANIZER:mailto:carla@partner.example\r\n"
                + "END:VEVENT\r\nEND:VCALENDAR\r\n";
        recorder.record(SourceBatch.to(new Checkpoint(tenant, SourceKind.INVITATION, 1, "invitations", uid))
                .quarantine(new QuarantineItem(tenant, new SourceRef(SourceKind.INVITATION, 1, "invitations", uid),
                        QuarantineReason.UNPARSEABLE, "an older parser could not read it",
                        text.getBytes(StandardCharsets.UTF_8)))
                .build());
        return quarantine.list(tenant, 10).getFirst().id();
    }

    private long meetings() {
        return jdbc.sql("select count(*) from activity where tenant_id = ? and subject = 'Now readable'")
                .param(tenant.value()).query(Long.class).single();
    }

    @Test
    void anInvitationThatParsesNowBecomesAMeetingAndLeavesQuarantine() {
        long id = quarantinedInvitation(Seed.unique("uid") + "@partner.example");

        quarantine.retry(tenant, id);

        assertThat(meetings()).isEqualTo(1);
        assertThat(quarantine.find(tenant, id)).isEmpty();
    }

    @Test
    void aRetryThatCannotResolveTheItemStoresNoMeetingAndKeepsTheItem() {
        long id = quarantinedInvitation(Seed.unique("uid") + "@partner.example");
        doThrow(new IllegalStateException("the database went away")).when(quarantine).resolve(any(), anyLong());

        quarantine.retry(tenant, id);

        assertThat(meetings()).isZero();
        assertThat(quarantine.find(tenant, id)).hasValueSatisfying(q -> assertThat(q.retries()).isEqualTo(1));
    }
}
