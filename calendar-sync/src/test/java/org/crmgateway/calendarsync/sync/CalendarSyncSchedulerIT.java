package org.crmgateway.calendarsync.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.crmgateway.calendarsync.fake.FakeCore;
import org.crmgateway.calendarsync.fake.InMemoryHistoryRecorder;
import org.crmgateway.calendarsync.testing.RadicaleServer;
import org.crmgateway.crm.CalendarAccount;
import org.crmgateway.crm.CalendarAccounts;
import org.crmgateway.crm.StaffUsers;
import org.crmgateway.crm.SyncState;
import org.crmgateway.crm.TenantId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/** The scheduler picks up a newly registered account at once; a failing account does not hold up another. */
@SpringBootTest(properties = {"crm.calendar-sync.enabled=true", "crm.calendar-sync.poll-interval=1h"})
@Import(FakeCore.class)
class CalendarSyncSchedulerIT {
    private static RadicaleServer radicale;

    @Autowired InMemoryHistoryRecorder recorded;
    @Autowired StaffUsers users;
    @Autowired CalendarAccounts accounts;

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

    @Test
    void syncsANewlyRegisteredAccountAndKeepsAFailingOneApart() {
        URI cal = radicale.mkcalendar("scheduled");
        radicale.put(cal, "a.ics", SyncFixture.single("scheduled-a", "Visit", "20260310T090000Z", "bob@partner.example"));

        CalendarAccount failing = SyncFixture.account(users, accounts, radicale.root(), "wrong");
        CalendarAccount good = SyncFixture.account(users, accounts, radicale.root());

        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(recorded.meetings).containsKey("ics:scheduled-a");
            assertThat(accounts.find(TenantId.DEFAULT, good.id()).orElseThrow().state()).isEqualTo(SyncState.IDLE);
            assertThat(accounts.find(TenantId.DEFAULT, failing.id()).orElseThrow().lastError())
                    .isEqualTo("The calendar server did not accept the user name or password");
        });
    }
}
