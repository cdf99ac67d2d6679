package org.crmgateway.crm.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crmgateway.crm.history.Fixture.T0;

import org.crmgateway.TestApplication;
import org.crmgateway.crm.ActivityRecorded;
import org.crmgateway.crm.Checkpoint;
import org.crmgateway.crm.Checkpoints;
import org.crmgateway.crm.HistoryRecorder;
import org.crmgateway.crm.MatchingSettingsStore;
import org.crmgateway.crm.Partners;
import org.crmgateway.crm.SourceBatch;
import org.crmgateway.crm.SourceKind;
import org.crmgateway.crm.StaffUsers;
import org.crmgateway.crm.Tenants;
import org.crmgateway.crm.UserId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A batch's activities and its checkpoint are stored together or not at all. Failures are real:
 * a foreign-key violation while writing activities, an over-long checkpoint scope that the column
 * rejects, and a listener that fails inside the transaction after everything was written.
 */
@SpringBootTest(classes = TestApplication.class)
@Import(AtomicityContract.FailingListener.class)
abstract class AtomicityContract {

    static final String POISON = "poison";

    @Autowired HistoryRecorder recorder;
    @Autowired Checkpoints checkpoints;
    @Autowired Tenants tenants;
    @Autowired StaffUsers users;
    @Autowired Partners partners;
    @Autowired MatchingSettingsStore settings;
    @Autowired JdbcClient jdbc;

    Fixture f;

    @BeforeEach
    void fixture() {
        f = new Fixture(tenants, users, partners, settings);
        recorder.record(SourceBatch.to(f.checkpoint("start")).build());
    }

    int activities() {
        return jdbc.sql("select count(*) from activity where tenant_id = :t").param("t", f.tenant.value())
                .query(Integer.class).single();
    }

    @Test
    void aFailureWhileWritingActivitiesLeavesTheCheckpointWhereItWas() {
        SourceBatch batch = SourceBatch.to(f.checkpoint("advanced"))
                .add(f.mail("ok", T0, "ivan@acme.example", "olena@firm.example").build())
                .add(f.mail("bad", T0, "ivan@acme.example", "olena@firm.example").owner(UserId.of(Long.MAX_VALUE)).build())
                .build();
        assertThatThrownBy(() -> recorder.record(batch)).isInstanceOf(RuntimeException.class);
        assertThat(activities()).isZero();
        assertThat(checkpoints.position(f.tenant, SourceKind.MAIL, 1, "INBOX")).contains("start");
    }

    @Test
    void aFailureAfterActivitiesAndCheckpointWereWrittenRollsBothBack() {
        SourceBatch batch = SourceBatch.to(f.checkpoint("advanced"))
                .add(f.mail("first", T0, "ivan@acme.example", "olena@firm.example").build())
                .add(f.mail("second", T0, "ivan@acme.example", "olena@firm.example").subject(POISON).build())
                .build();
        assertThatThrownBy(() -> recorder.record(batch)).hasMessageContaining(POISON);
        assertThat(activities()).isZero();
        assertThat(checkpoints.position(f.tenant, SourceKind.MAIL, 1, "INBOX")).contains("start");
    }

    @Test
    void aFailureWritingTheCheckpointRollsTheActivitiesBack() {
        Checkpoint tooLong = new Checkpoint(f.tenant, SourceKind.MAIL, 1, "x".repeat(1001), "advanced");
        SourceBatch batch = SourceBatch.to(tooLong)
                .add(f.mail("a", T0, "ivan@acme.example", "olena@firm.example").build())
                .build();
        assertThatThrownBy(() -> recorder.record(batch)).isInstanceOf(RuntimeException.class);
        assertThat(activities()).isZero();
    }

    @Test
    void aGoodBatchStoresBoth() {
        recorder.record(SourceBatch.to(f.checkpoint("advanced"))
                .add(f.mail("a", T0, "ivan@acme.example", "olena@firm.example").build()).build());
        assertThat(activities()).isOne();
        assertThat(checkpoints.position(f.tenant, SourceKind.MAIL, 1, "INBOX")).contains("advanced");
    }

    /** Fails inside the recorder's transaction for an activity whose subject is {@link #POISON}. */
    @TestConfiguration
    static class FailingListener {
        @Autowired JdbcClient jdbc;

        @EventListener
        void on(ActivityRecorded event) {
            String subject = jdbc.sql("select subject from activity where id = :id").param("id", event.activity().value())
                    .query(String.class).single();
            if (POISON.equals(subject)) {
                throw new IllegalStateException("listener failed on " + POISON);
            }
        }
    }
}
