package org.crmgateway.calendarsync.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import org.crmgateway.calendarsync.CalendarSyncProperties;
import org.crmgateway.calendarsync.client.CalDavException;
import org.crmgateway.calendarsync.fake.FakeCore;
import org.crmgateway.calendarsync.fake.InMemoryHistoryRecorder;
import org.crmgateway.calendarsync.ical.MeetingReader;
import org.crmgateway.calendarsync.testing.RadicaleServer;
import org.crmgateway.crm.CalendarAccount;
import org.crmgateway.crm.CalendarAccounts;
import org.crmgateway.crm.Checkpoints;
import org.crmgateway.crm.MeetingStatus;
import org.crmgateway.crm.QuarantineReason;
import org.crmgateway.crm.SourceKind;
import org.crmgateway.crm.StaffUsers;
import org.crmgateway.crm.SyncState;
import org.crmgateway.crm.TenantId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.support.TransactionTemplate;

/** Sync passes against a real Radicale, recorded through an inspectable recorder on H2. */
@SpringBootTest
@Import(FakeCore.class)
class CalendarSyncIT {
    private static RadicaleServer radicale;

    @Autowired InMemoryHistoryRecorder recorded;
    @Autowired StaffUsers users;
    @Autowired CalendarAccounts accounts;
    @Autowired Checkpoints checkpoints;
    @Autowired CalendarObjectStore store;
    @Autowired MeetingReader reader;
    @Autowired CalendarSyncProperties settings;
    @Autowired TransactionTemplate tx;

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
    void forget() {
        recorded.clear();
    }

    private AccountSync sync(boolean preferEtags) {
        return new AccountSync(accounts, checkpoints, store, new BatchWriter(recorded, store, tx), reader,
                settings.withPreferEtagSync(preferEtags), java.time.Clock.systemUTC());
    }

    private URI calendarWithTwoMeetings(String name) {
        URI cal = radicale.mkcalendar(name);
        radicale.put(cal, "a.ics", SyncFixture.single(name + "-a", "Kick-off", "20260310T090000Z", "bob@partner.example"));
        radicale.put(cal, "b.ics", SyncFixture.weekly(name + "-b", "Weekly", "20260302T100000Z", 3, "carla@partner.example"));
        return cal;
    }

    @Test
    void firstSyncRecordsEveryOccurrenceOnceAndStoresTheToken() {
        URI cal = calendarWithTwoMeetings("first");
        CalendarAccount account = SyncFixture.account(users, accounts, cal);

        assertThat(sync(false).run(account)).isTrue();

        assertThat(recorded.meetings.keySet()).containsExactlyInAnyOrder("ics:first-a",
                "ics:first-b|2026-03-02T10:00:00Z", "ics:first-b|2026-03-09T10:00:00Z", "ics:first-b|2026-03-16T10:00:00Z");
        assertThat(recorded.recordings.values()).containsOnly(1);
        assertThat(recorded.meetings.get("ics:first-a").participants()).extracting(p -> p.address().value())
                .containsExactly("anna@acme.example", "bob@partner.example");
        assertThat(checkpoints.position(TenantId.DEFAULT, SourceKind.CALENDAR, account.id(), cal.getRawPath()))
                .hasValueSatisfying(p -> assertThat(p).startsWith(CalendarPass.SYNC));
        assertThat(accounts.find(TenantId.DEFAULT, account.id()).orElseThrow().state()).isEqualTo(SyncState.IDLE);
        assertThat(accounts.calendars(TenantId.DEFAULT, account.id())).singleElement()
                .satisfies(p -> assertThat(p.name()).isEqualTo(cal.getRawPath()));
    }

    @Test
    void incrementalSyncReadsOnlyWhatChangedAndWithdrawsDeletedMeetings() {
        URI cal = calendarWithTwoMeetings("incremental");
        CalendarAccount account = SyncFixture.account(users, accounts, cal);
        sync(false).run(account);
        recorded.recordings.clear();

        radicale.put(cal, "a.ics", SyncFixture.single("incremental-a", "Kick-off moved", "20260311T090000Z",
                "bob@partner.example"));
        radicale.put(cal, "c.ics", SyncFixture.single("incremental-c", "New", "20260401T090000Z", "dan@partner.example"));
        radicale.delete(cal, "b.ics");
        sync(false).run(account);

        assertThat(recorded.recordings.keySet()).containsExactlyInAnyOrder("ics:incremental-a", "ics:incremental-c");
        assertThat(recorded.meetings.get("ics:incremental-a").subject()).isEqualTo("Kick-off moved");
        assertThat(recorded.withdrawn).containsExactlyInAnyOrder("ics:incremental-b|2026-03-02T10:00:00Z",
                "ics:incremental-b|2026-03-09T10:00:00Z", "ics:incremental-b|2026-03-16T10:00:00Z");
    }

    @Test
    void anOccurrenceRemovedFromASeriesIsWithdrawn() {
        URI cal = calendarWithTwoMeetings("exdate");
        CalendarAccount account = SyncFixture.account(users, accounts, cal);
        sync(false).run(account);

        radicale.put(cal, "b.ics", SyncFixture.weekly("exdate-b", "Weekly", "20260302T100000Z", 3,
                "carla@partner.example").replace("SUMMARY:", "EXDATE:20260309T100000Z\r\nSUMMARY:"));
        sync(false).run(account);

        assertThat(recorded.withdrawn).containsExactly("ics:exdate-b|2026-03-09T10:00:00Z");
    }

    @Test
    void aForgottenTokenLeadsToAFullResyncWithoutDuplicates() {
        URI cal = calendarWithTwoMeetings("resync");
        CalendarAccount account = SyncFixture.account(users, accounts, cal);
        sync(false).run(account);
        recorded.recordings.clear();

        radicale.put(cal, "c.ics", SyncFixture.single("resync-c", "Later", "20260402T090000Z", "dan@partner.example"));
        radicale.delete(cal, "a.ics");
        radicale.forgetSyncTokens();
        sync(false).run(account);

        assertThat(recorded.recordings.keySet()).containsExactly("ics:resync-c");
        assertThat(recorded.withdrawn).containsExactly("ics:resync-a");
    }

    @Test
    void comparesEtagsWhereSyncCollectionIsNotUsed() {
        URI cal = calendarWithTwoMeetings("etags");
        CalendarAccount account = SyncFixture.account(users, accounts, cal);
        sync(true).run(account);
        assertThat(recorded.meetings).hasSize(4);
        assertThat(checkpoints.position(TenantId.DEFAULT, SourceKind.CALENDAR, account.id(), cal.getRawPath()))
                .hasValueSatisfying(p -> assertThat(p).startsWith(CalendarPass.CTAG));
        recorded.recordings.clear();

        sync(true).run(account);
        assertThat(recorded.recordings).isEmpty();

        radicale.put(cal, "a.ics", SyncFixture.single("etags-a", "Changed", "20260310T090000Z", "bob@partner.example"));
        radicale.delete(cal, "b.ics");
        sync(true).run(account);

        assertThat(recorded.recordings.keySet()).containsExactly("ics:etags-a");
        assertThat(recorded.withdrawn).hasSize(3);
    }

    @Test
    void quarantinesABrokenObjectAndGoesOn() {
        URI cal = calendarWithTwoMeetings("broken");
        CalendarAccount account = SyncFixture.account(users, accounts, cal);
        sync(false).run(account);

        radicale.put(cal, "x.ics", SyncFixture.single("broken-x", "Minutely", "20260301T000000Z", "e@partner.example")
                .replace("DURATION:PT1H", "DURATION:PT1M\r\nRRULE:FREQ=MINUTELY"));
        assertThat(sync(false).run(account)).isTrue();

        assertThat(recorded.quarantined).singleElement().satisfies(q -> {
            assertThat(q.reason()).isEqualTo(QuarantineReason.LIMIT_EXCEEDED);
            assertThat(q.source().locator()).isEqualTo(cal.getRawPath() + "x.ics");
            assertThat(new String(q.raw())).contains("FREQ=MINUTELY");
        });
        assertThat(recorded.meetings).hasSize(4);
    }

    @Test
    void cancelledEventsAreRecordedAsCancelled() {
        URI cal = radicale.mkcalendar("cancelled");
        radicale.put(cal, "a.ics", SyncFixture.single("cancelled-a", "Off", "20260310T090000Z", "bob@partner.example")
                .replace("SUMMARY:", "STATUS:CANCELLED\r\nSUMMARY:"));
        CalendarAccount account = SyncFixture.account(users, accounts, cal);

        sync(false).run(account);

        assertThat(recorded.meetings.get("ics:cancelled-a").meeting().status()).isEqualTo(MeetingStatus.CANCELLED);
    }

    @Test
    void reportsAWrongPasswordInWords() {
        URI cal = radicale.mkcalendar("wrongpw");
        CalendarAccount account = SyncFixture.account(users, accounts, cal, "not-the-password");

        assertThatThrownBy(() -> sync(false).run(account)).isInstanceOf(CalDavException.class);

        CalendarAccount after = accounts.find(TenantId.DEFAULT, account.id()).orElseThrow();
        assertThat(after.state()).isEqualTo(SyncState.ERROR);
        assertThat(after.lastError()).isEqualTo("The calendar server did not accept the user name or password");
    }

    @Test
    void continuesATruncatedSyncCollectionFromThePartialToken() {
        try (TruncatingCalDavServer server = new TruncatingCalDavServer(
                SyncFixture.single("trunc-1", "One", "20260310T090000Z", "bob@partner.example"),
                SyncFixture.single("trunc-2", "Two", "20260311T090000Z", "bob@partner.example"))) {
            CalendarAccount account = SyncFixture.account(users, accounts, server.calendar());

            assertThat(sync(false).run(account)).isTrue();

            assertThat(recorded.meetings).containsKeys("ics:trunc-1", "ics:trunc-2");
            assertThat(checkpoints.position(TenantId.DEFAULT, SourceKind.CALENDAR, account.id(), "/cal/"))
                    .hasValue(CalendarPass.SYNC + "complete");
        }
    }
}
