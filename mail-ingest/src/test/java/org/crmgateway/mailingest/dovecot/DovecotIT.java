package org.crmgateway.mailingest.dovecot;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.awaitility.Awaitility;
import org.crmgateway.crm.Capture;
import org.crmgateway.crm.MailAccount;
import org.crmgateway.crm.MailAuth;
import org.crmgateway.crm.MailSecurity;
import org.crmgateway.crm.NewMailAccount;
import org.crmgateway.crm.SourceKind;
import org.crmgateway.crm.SyncState;
import org.crmgateway.crm.TenantId;
import org.crmgateway.crm.UserId;
import org.crmgateway.crm.Visibility;
import org.crmgateway.mailingest.InMemoryAttachmentStore;
import org.crmgateway.mailingest.NoStaffUsers;
import org.crmgateway.mailingest.InMemoryHistory;
import org.crmgateway.mailingest.InMemoryMailAccounts;
import org.crmgateway.mailingest.MailIngestProperties;
import org.crmgateway.mailingest.dropbox.Dropbox;
import org.crmgateway.mailingest.fetch.GreenMailboxes;
import org.crmgateway.mailingest.fetch.ImapEndpoint;
import org.crmgateway.mailingest.fetch.ImapFolderReader;
import org.crmgateway.mailingest.fetch.ImapInbox;
import org.crmgateway.mailingest.parse.MailParser;
import org.crmgateway.mailingest.sync.FolderSync;
import org.crmgateway.mailingest.sync.MailSyncScheduler;
import org.crmgateway.mailingest.sync.MessageReader;
import org.crmgateway.mailingest.sync.SyncCounts;
import org.crmgateway.mailingest.sync.UidCheckpoint;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Against a real Dovecot: SPECIAL-USE discovery, IDLE push, UIDVALIDITY change, read-only. */
class DovecotIT {
    private static final String USER = "alice";

    private DovecotServer dovecot;
    private final InMemoryHistory history = new InMemoryHistory();
    private final InMemoryMailAccounts accounts = new InMemoryMailAccounts();
    private final MailIngestProperties properties = MailIngestProperties.defaults();
    private final FolderSync folderSync = new FolderSync(history, history, accounts,
            new MessageReader(new MailParser(new InMemoryAttachmentStore()), new Dropbox(new NoStaffUsers()),
                    properties.maxMessageSize().toBytes()), properties);

    @BeforeEach
    void start() throws Exception {
        dovecot = DovecotServer.start("Postausgang", USER);
    }

    @AfterEach
    void stop() throws Exception {
        dovecot.close();
    }

    private ImapInbox connect() throws Exception {
        return ImapInbox.connect(new ImapEndpoint("127.0.0.1", dovecot.port(), MailSecurity.NONE, USER,
                MailAuth.PASSWORD), () -> DovecotServer.PASSWORD, Duration.ofSeconds(5), Duration.ofSeconds(30));
    }

    private MailAccount account() {
        return accounts.register(TenantId.DEFAULT, new NewMailAccount(UserId.of(1), "127.0.0.1", dovecot.port(),
                MailSecurity.NONE, USER, MailAuth.PASSWORD, DovecotServer.PASSWORD, List.of(), null,
                Visibility.EVERYTHING, false));
    }

    @Test
    void findsTheSentFolderBySpecialUse() throws Exception {
        try (ImapInbox inbox = connect()) {
            assertThat(inbox.supportsIdle()).isTrue();
            assertThat(inbox.defaultFolders()).containsExactly("INBOX", "Postausgang");
        }
    }

    @Test
    void readsAgainWithoutDuplicatesWhenUidValidityChangesAndTouchesNothing() throws Exception {
        for (int i = 1; i <= 3; i++) {
            dovecot.deliver(USER, "INBOX", GreenMailboxes.message(i));
        }
        List<String> before = dovecot.snapshot(USER);
        MailAccount account = account();
        try (ImapInbox inbox = connect(); ImapFolderReader folder = inbox.open("INBOX")) {
            assertThat(folderSync.sync(account, folder, () -> false).recorded()).isEqualTo(3);
        }
        assertThat(dovecot.snapshot(USER)).isEqualTo(before);

        dovecot.changeUidValidity(USER, "INBOX", 4242);
        dovecot.deliver(USER, "INBOX", GreenMailboxes.message(4));
        SyncCounts again;
        try (ImapInbox inbox = connect(); ImapFolderReader folder = inbox.open("INBOX")) {
            again = folderSync.sync(account, folder, () -> false);
        }
        assertThat(again.alreadyRecorded()).isEqualTo(3);
        assertThat(again.recorded()).isEqualTo(1);
        assertThat(history.captures()).extracting(Capture::sourceKey).doesNotHaveDuplicates().hasSize(4);
        assertThat(history.position(TenantId.DEFAULT, SourceKind.MAIL, account.id(), "INBOX")
                .flatMap(UidCheckpoint::parse).orElseThrow().uidValidity()).isEqualTo(4242);
    }

    @Test
    void logsNewMailInEveryFolderWithinSecondsThroughIdle() throws Throwable {
        dovecot.deliver(USER, "INBOX", GreenMailboxes.message(1));
        MailAccount account = account();
        whileSyncingWithIdleOnly(() -> {
            awaitIdle(account, 1);
            // one connection per folder and none besides: the login's connection serves the first folder
            assertThat(dovecot.connections(USER)).isEqualTo(2);
            dovecot.deliver(USER, "Postausgang", GreenMailboxes.message(2));
            assertLoggedWithinTwoSeconds(2);
            awaitIdle(account, 2);
            dovecot.deliver(USER, "INBOX", GreenMailboxes.message(3));
            assertLoggedWithinTwoSeconds(3);
        });
    }

    @Test
    void reportsABrokenIdleConnectionAndIdlesAgainAfterReconnecting() throws Throwable {
        MailAccount account = account();
        whileSyncingWithIdleOnly(() -> {
            awaitIdle(account, 0);
            dovecot.kick(USER);
            MailAccount failed = Awaitility.await().atMost(Duration.ofSeconds(10))
                    .until(() -> accounts.find(TenantId.DEFAULT, account.id()).orElseThrow(),
                            a -> a.state() == SyncState.ERROR);
            assertThat(failed.lastError()).isEqualTo("127.0.0.1:%d closed the connection".formatted(dovecot.port()));
            awaitIdle(account, 0);
            dovecot.deliver(USER, "Postausgang", GreenMailboxes.message(1));
            assertLoggedWithinTwoSeconds(1);
        });
    }

    /**
     * Runs the steps while a scheduler syncs the account, then checks that stopping it ended the
     * account's runner. Polling is set far longer than any wait in these tests, so that only IDLE
     * can explain how fast new mail is logged; the backoff is long enough to see an error and short
     * enough to reconnect soon.
     */
    private void whileSyncingWithIdleOnly(Executable steps) throws Throwable {
        MailIngestProperties p = properties;
        MailSyncScheduler scheduler = new MailSyncScheduler(accounts, a -> DovecotServer.PASSWORD, folderSync,
                new MailIngestProperties(true, p.batchSize(), p.maxMessageSize(), p.memoryLimit(), p.idleRenew(),
                        Duration.ofMinutes(10), Duration.ofSeconds(3), Duration.ofSeconds(3), p.connectTimeout(),
                        p.readTimeout(), p.leaseTtl(), ""));
        scheduler.start();
        try {
            steps.execute();
        } finally {
            scheduler.stop();
        }
        assertThat(scheduler.runningAccounts()).isZero();
    }

    private void awaitIdle(MailAccount account, int logged) {
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> history.captures().size() == logged
                && accounts.find(TenantId.DEFAULT, account.id()).orElseThrow().state() == SyncState.IDLE);
    }

    private void assertLoggedWithinTwoSeconds(int logged) {
        long delivered = System.nanoTime();
        Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> history.captures().size() >= logged);
        assertThat(Duration.ofNanos(System.nanoTime() - delivered)).isLessThan(Duration.ofSeconds(2));
        assertThat(history.captures()).hasSize(logged);
    }
}
