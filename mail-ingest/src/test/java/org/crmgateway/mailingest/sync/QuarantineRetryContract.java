package org.crmgateway.mailingest.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.doThrow;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.crmgateway.TestApplication;
import org.crmgateway.crm.ActivitySummary;
import org.crmgateway.crm.CaptureKind;
import org.crmgateway.crm.Checkpoint;
import org.crmgateway.crm.Checkpoints;
import org.crmgateway.crm.Direction;
import org.crmgateway.crm.History;
import org.crmgateway.crm.HistoryQuery;
import org.crmgateway.crm.HistoryRecorder;
import org.crmgateway.crm.MailAccount;
import org.crmgateway.crm.MailAccounts;
import org.crmgateway.crm.MailAuth;
import org.crmgateway.crm.MailSecurity;
import org.crmgateway.crm.NewMailAccount;
import org.crmgateway.crm.Partner;
import org.crmgateway.crm.Partners;
import org.crmgateway.crm.Quarantine;
import org.crmgateway.crm.QuarantineItem;
import org.crmgateway.crm.QuarantineReason;
import org.crmgateway.crm.QuarantineRetryRequested;
import org.crmgateway.crm.Role;
import org.crmgateway.crm.SourceBatch;
import org.crmgateway.crm.SourceKind;
import org.crmgateway.crm.SourceRef;
import org.crmgateway.crm.StaffUser;
import org.crmgateway.crm.StaffUsers;
import org.crmgateway.crm.TenantId;
import org.crmgateway.crm.Tenants;
import org.crmgateway.crm.Viewer;
import org.crmgateway.crm.Visibility;
import org.crmgateway.mailingest.TestTenant;
import org.crmgateway.mailingest.fetch.GreenMailboxes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * Retrying quarantined mail through the real core: a message that an older version could not read
 * but the parser reads now becomes an activity of its source and leaves quarantine, once; a message
 * that is still unreadable stays with the new reason. No mailbox is synced here: the quarantined
 * items are stored through the recorder, as a folder pass of that older version would have.
 */
@SpringBootTest(classes = TestApplication.class, properties = "crm.mail.sync-enabled=false")
abstract class QuarantineRetryContract {
    private static final String FOLDER = "INBOX";
    private static final String POSITION = "1:7";

    @Autowired Tenants tenants;
    @Autowired StaffUsers users;
    @Autowired Partners partners;
    @Autowired MailAccounts accounts;
    @Autowired HistoryRecorder recorder;
    @Autowired Checkpoints checkpoints;
    @Autowired History history;
    @MockitoSpyBean Quarantine quarantine;
    @Autowired ApplicationEventPublisher events;
    @Autowired JdbcClient jdbc;

    TenantId tenant;
    StaffUser ivan;
    Partner partner;
    MailAccount account;

    @BeforeEach
    void tenantWithAMailboxAndAPartner() {
        TestTenant created = TestTenant.create(tenants, users, partners);
        tenant = created.id();
        ivan = created.ivan();
        partner = created.partner();
        account = accounts.register(tenant, new NewMailAccount(ivan.id(), "imap.example.com", 993, MailSecurity.SSL,
                "ivan@example.com", MailAuth.PASSWORD, "secret", List.of(FOLDER), null, Visibility.EVERYTHING, false));
    }

    /** Stores a message as quarantined at UID 7 of INBOX, with the folder's checkpoint, as a folder pass does. */
    private long quarantined(String raw) {
        recorder.record(SourceBatch.to(new Checkpoint(tenant, SourceKind.MAIL, account.id(), FOLDER, POSITION))
                .quarantine(new QuarantineItem(tenant, source(), QuarantineReason.UNPARSEABLE,
                        "an older parser could not read it", raw.getBytes(StandardCharsets.UTF_8)))
                .build());
        return quarantine.list(tenant, 10).getFirst().id();
    }

    private SourceRef source() {
        return new SourceRef(SourceKind.MAIL, account.id(), FOLDER, "7");
    }

    private List<ActivitySummary> timeline() {
        return history.timeline(viewer(), HistoryQuery.of(partner.id(), null, 10)).items();
    }

    private long activities() {
        return jdbc.sql("select count(*) from activity where tenant_id = ?").param(tenant.value()).query(Long.class)
                .single();
    }

    private Viewer viewer() {
        return new Viewer(tenant, ivan.id(), Role.USER);
    }

    @Test
    void recordsMailThatIsReadableNowAsAnActivityOfItsSourceAndRemovesItFromQuarantine() {
        long id = quarantined(GreenMailboxes.message(1));

        quarantine.retry(tenant, id);

        assertThat(quarantine.find(tenant, id)).isEmpty();
        assertThat(activities()).isEqualTo(1);
        assertThat(timeline()).singleElement().satisfies(a -> {
            assertThat(a.type()).isEqualTo(CaptureKind.EMAIL);
            assertThat(a.direction()).isEqualTo(Direction.INBOUND);
            assertThat(a.subject()).isEqualTo("Offer 1");
            assertThat(a.owner()).isEqualTo(ivan.id());
            assertThat(a.participants()).filteredOn(p -> p.address().equals("p1@partner.example"))
                    .singleElement().satisfies(p -> assertThat(p.partnerId()).isEqualTo(partner.id()));
            assertThat(history.find(viewer(), a.id()).orElseThrow().sources()).containsExactly(source());
        });
        assertThat(checkpoints.position(tenant, SourceKind.MAIL, account.id(), FOLDER)).hasValue(POSITION);
    }

    @Test
    void aRetryNeverWritesTheCheckpointOfTheFolderTheMailCameFrom() {
        long id = quarantined(GreenMailboxes.message(4));
        String before = folderCheckpointRow();

        quarantine.retry(tenant, id);

        assertThat(activities()).isEqualTo(1);
        assertThat(folderCheckpointRow()).isEqualTo(before);
        assertThat(checkpoints.position(tenant, SourceKind.MAIL, account.id(), QuarantineRetry.SCOPE))
                .hasValue(Long.toString(id));
    }

    @Test
    void aRetryThatCannotResolveTheItemRecordsNothingAndKeepsTheItem() {
        long id = quarantined(GreenMailboxes.message(5));
        doThrow(new IllegalStateException("the database went away")).when(quarantine).resolve(any(), anyLong());

        assertThatThrownBy(() -> events.publishEvent(new QuarantineRetryRequested(tenant, id, SourceKind.MAIL)))
                .hasMessageContaining("the database went away");
        quarantine.retry(tenant, id);

        assertThat(activities()).isZero();
        assertThat(quarantine.find(tenant, id)).hasValueSatisfying(q -> assertThat(q.retries()).isEqualTo(1));
    }

    private String folderCheckpointRow() {
        return jdbc.sql("select position_text || ' ' || updated_at from checkpoint"
                        + " where tenant_id = ? and account_id = ? and scope = ?")
                .params(tenant.value(), account.id(), FOLDER).query(String.class).single();
    }

    @Test
    void aRetryDeliveredTwiceRecordsTheMailOnce() {
        long id = quarantined(GreenMailboxes.message(2));
        QuarantineRetryRequested retry = new QuarantineRetryRequested(tenant, id, SourceKind.MAIL);

        events.publishEvent(retry);
        events.publishEvent(retry);

        assertThat(quarantine.find(tenant, id)).isEmpty();
        assertThat(activities()).isEqualTo(1);
        assertThat(timeline()).singleElement().satisfies(a ->
                assertThat(history.find(viewer(), a.id()).orElseThrow().sources()).containsExactly(source()));
    }

    @Test
    void aRetryOfMailRecordedBeforeButNotYetResolvedRecordsNothingTwice() {
        events.publishEvent(new QuarantineRetryRequested(tenant, quarantined(GreenMailboxes.message(3)),
                SourceKind.MAIL));
        // as if the first retry had stopped between recording the message and resolving the item
        long again = quarantined(GreenMailboxes.message(3));

        events.publishEvent(new QuarantineRetryRequested(tenant, again, SourceKind.MAIL));

        assertThat(quarantine.list(tenant, 10)).isEmpty();
        assertThat(activities()).isEqualTo(1);
        assertThat(timeline()).singleElement().satisfies(a ->
                assertThat(history.find(viewer(), a.id()).orElseThrow().sources()).containsExactly(source()));
    }

    @Test
    void keepsMailThatIsStillUnreadableInQuarantineWithTheNewReason() {
        String raw = "Subject: no sender\r\n\r\nwho?\r\n";
        long id = quarantined(raw);

        quarantine.retry(tenant, id);

        assertThat(quarantine.find(tenant, id)).hasValueSatisfying(q -> {
            assertThat(q.reason()).isEqualTo(QuarantineReason.MISSING_REQUIRED_FIELD);
            assertThat(q.detail()).isEqualTo("no From header");
            assertThat(q.source()).isEqualTo(source());
            assertThat(q.retries()).isEqualTo(1);
        });
        assertThat(quarantine.raw(tenant, id)).hasValueSatisfying(bytes ->
                assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo(raw));
        assertThat(activities()).isZero();
    }
}
