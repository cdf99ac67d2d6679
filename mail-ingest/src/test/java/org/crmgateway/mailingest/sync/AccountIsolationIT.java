package org.crmgateway.mailingest.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Flags;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import org.awaitility.Awaitility;
import org.crmgateway.crm.MailAccount;
import org.crmgateway.crm.MailAuth;
import org.crmgateway.crm.MailSecurity;
import org.crmgateway.crm.NewMailAccount;
import org.crmgateway.crm.SyncState;
import org.crmgateway.crm.TenantId;
import org.crmgateway.crm.UserId;
import org.crmgateway.crm.Visibility;
import org.crmgateway.mailingest.InMemoryAttachmentStore;
import org.crmgateway.mailingest.InMemoryHistory;
import org.crmgateway.mailingest.InMemoryMailAccounts;
import org.crmgateway.mailingest.MailIngestProperties;
import org.crmgateway.mailingest.NoStaffUsers;
import org.crmgateway.mailingest.dropbox.Dropbox;
import org.crmgateway.mailingest.fetch.GreenMailboxes;
import org.crmgateway.mailingest.parse.MailParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Each mailbox on its own: a server that accepts the connection and then never says a word (hung,
 * or behind a broken proxy) holds up neither another mailbox nor the instance's shutdown.
 */
class AccountIsolationIT {
    private static final String USER = "olena@example.com";

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.IMAP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withUser(USER, "secret"));

    private final InMemoryHistory history = new InMemoryHistory();
    private final InMemoryMailAccounts accounts = new InMemoryMailAccounts();

    private MailAccount register(int port, String username) {
        return accounts.register(TenantId.DEFAULT, new NewMailAccount(UserId.of(1), "127.0.0.1", port,
                MailSecurity.NONE, username, MailAuth.PASSWORD, "secret", List.of("INBOX"), null,
                Visibility.EVERYTHING, false));
    }

    /** The defaults, but a read timeout far longer than this test, so the silent server stays a hang. */
    private MailSyncScheduler scheduler() {
        MailIngestProperties d = MailIngestProperties.defaults();
        MailIngestProperties p = new MailIngestProperties(true, d.batchSize(), d.maxMessageSize(), d.memoryLimit(),
                d.idleRenew(), d.pollInterval(), d.backoffMin(), d.backoffMax(), d.connectTimeout(),
                Duration.ofMinutes(30), d.leaseTtl(), "test");
        FolderSync sync = new FolderSync(history, history, accounts, new MessageReader(
                new MailParser(new InMemoryAttachmentStore()), new Dropbox(new NoStaffUsers()),
                p.maxMessageSize().toBytes()), p);
        return new MailSyncScheduler(accounts, a -> "secret", sync, p);
    }

    @Test
    void aServerThatNeverAnswersDelaysNeitherAnotherMailboxNorTheShutdown() throws Exception {
        for (int i = 1; i <= 5; i++) {
            GreenMailboxes.append(greenMail, USER, "INBOX", GreenMailboxes.message(i), new Date(), new Flags());
        }
        // the kernel completes the TCP handshake for the backlog; nothing ever reads or writes
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            MailAccount hung = register(silent.getLocalPort(), "nobody");
            MailAccount olena = register(greenMail.getImap().getPort(), USER);
            MailSyncScheduler scheduler = scheduler();
            scheduler.start();

            Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> history.captures().size() == 5
                    && accounts.find(TenantId.DEFAULT, olena.id()).orElseThrow().state() == SyncState.IDLE);
            assertThat(accounts.find(TenantId.DEFAULT, hung.id()).orElseThrow().state())
                    .isNotIn(SyncState.IDLE, SyncState.ERROR);
            assertThat(scheduler.runningAccounts()).isEqualTo(2);

            assertTimeoutPreemptively(Duration.ofSeconds(30), () -> scheduler.stop());
            assertThat(scheduler.runningAccounts()).isZero();
        }
    }
}
