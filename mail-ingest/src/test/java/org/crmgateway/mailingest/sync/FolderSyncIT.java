package org.crmgateway.mailingest.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Flags;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.crmgateway.crm.AttachmentStore;
import org.crmgateway.crm.Capture;
import org.crmgateway.crm.Checkpoint;
import org.crmgateway.crm.FolderProgress;
import org.crmgateway.crm.MailAccount;
import org.crmgateway.crm.MailAuth;
import org.crmgateway.crm.MailSecurity;
import org.crmgateway.crm.NewMailAccount;
import org.crmgateway.crm.QuarantineReason;
import org.crmgateway.crm.SourceKind;
import org.crmgateway.crm.StoredContent;
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
import org.crmgateway.mailingest.fetch.ImapFolderReader;
import org.crmgateway.mailingest.fetch.ImapInbox;
import org.crmgateway.mailingest.parse.MailParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.util.unit.DataSize;

class FolderSyncIT {
    private static final String USER = "ivan@example.com";

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.IMAP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withUser(USER, "secret"));

    private final InMemoryHistory history = new InMemoryHistory();
    private final InMemoryMailAccounts accounts = new InMemoryMailAccounts();

    private FolderSync folderSync(int batchSize) {
        return folderSync(batchSize, new InMemoryAttachmentStore());
    }

    private FolderSync folderSync(int batchSize, AttachmentStore attachments) {
        MailIngestProperties d = MailIngestProperties.defaults();
        MailIngestProperties p = new MailIngestProperties(true, batchSize, d.maxMessageSize(), DataSize.ofKilobytes(64),
                d.idleRenew(), d.pollInterval(), d.backoffMin(), d.backoffMax(), d.connectTimeout(), d.readTimeout(),
                d.leaseTtl(), "test");
        MessageReader reader = new MessageReader(new MailParser(attachments),
                new Dropbox(new NoStaffUsers()), p.maxMessageSize().toBytes());
        return new FolderSync(history, history, accounts, reader, p);
    }

    private MailAccount account(Instant since) {
        return accounts.register(TenantId.DEFAULT, new NewMailAccount(UserId.of(1), "127.0.0.1",
                greenMail.getImap().getPort(), MailSecurity.NONE, USER, MailAuth.PASSWORD, "secret", List.of(), since,
                Visibility.EVERYTHING, false));
    }

    private SyncCounts sync(FolderSync sync, MailAccount account, String folder) throws Exception {
        try (ImapInbox inbox = ImapInbox.connect(GreenMailboxes.endpoint(greenMail, USER), () -> "secret",
                Duration.ofSeconds(5), Duration.ofSeconds(30)); ImapFolderReader reader = inbox.open(folder)) {
            return sync.sync(account, reader, () -> false);
        }
    }

    private void deliver(int from, int to) throws Exception {
        for (int i = from; i <= to; i++) {
            GreenMailboxes.append(greenMail, USER, "INBOX", GreenMailboxes.message(i), new Date(), new Flags());
        }
    }

    @Test
    void recordsEachBatchWithItsCheckpointAndEveryMessageOnce() throws Exception {
        deliver(1, 7);
        MailAccount account = account(null);
        List<String> before = GreenMailboxes.snapshot(greenMail, USER, "INBOX");

        SyncCounts first = sync(folderSync(3), account, "INBOX");

        assertThat(first.recorded()).isEqualTo(7);
        assertThat(history.recordedCheckpoints()).extracting(Checkpoint::position)
                .extracting(p -> p.substring(p.indexOf(':') + 1)).containsExactly("3", "6", "7");
        assertThat(history.captures()).extracting(Capture::sourceKey).doesNotHaveDuplicates().hasSize(7);
        FolderProgress progress = accounts.folders(TenantId.DEFAULT, account.id()).getFirst();
        assertThat(progress.messagesDone()).isEqualTo(7);
        assertThat(progress.messagesTotal()).isEqualTo(7);
        assertThat(progress.lastUid()).isEqualTo(7);

        assertThat(sync(folderSync(3), account, "INBOX")).isEqualTo(SyncCounts.NONE);
        deliver(8, 9);
        assertThat(sync(folderSync(3), account, "INBOX").recorded()).isEqualTo(2);
        assertThat(history.captures()).hasSize(9);
        assertThat(GreenMailboxes.snapshot(greenMail, USER, "INBOX")).containsAll(before.subList(1, before.size()));
    }

    @Test
    void leavesTheMailboxByteIdenticalWithItsFlags() throws Exception {
        deliver(1, 3);
        GreenMailboxes.append(greenMail, USER, "INBOX", GreenMailboxes.message(4), new Date(),
                new Flags(Flags.Flag.FLAGGED));
        List<String> before = GreenMailboxes.snapshot(greenMail, USER, "INBOX");

        sync(folderSync(2), account(null), "INBOX");

        assertThat(GreenMailboxes.snapshot(greenMail, USER, "INBOX")).isEqualTo(before);
    }

    @Test
    void resumesAfterAFailedBatchWithoutLosingOrDuplicating() throws Exception {
        deliver(1, 6);
        MailAccount account = account(null);
        history.failOnCall(2);

        assertThatThrownBy(() -> sync(folderSync(2), account, "INBOX")).hasMessageContaining("simulated");
        assertThat(history.captures()).hasSize(2);

        sync(folderSync(2), account, "INBOX");
        assertThat(history.captures()).extracting(Capture::sourceKey).doesNotHaveDuplicates().hasSize(6);
    }

    @Test
    void aBatchThatFailsHalfWayLeavesNoTemporaryFilesBehind() throws Exception {
        // over the 64 KB memory limit, so each message is fetched into a temporary file
        String attachment = ("QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo=".repeat(2) + "\r\n").repeat(2_000);
        for (int i = 1; i <= 3; i++) {
            GreenMailboxes.append(greenMail, USER, "INBOX", GreenMailboxes.message(i).replace("\r\n\r\n",
                    "\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\n"
                            + "Content-Type: text/plain\r\n\r\nsee attached\r\n--b\r\nContent-Type: application/pdf;"
                            + " name=a.pdf\r\nContent-Transfer-Encoding: base64\r\n\r\n" + attachment
                            + "--b--\r\n\r\n"), new Date(), new Flags());
        }
        AttachmentStore full = new AttachmentStore() {
            @Override
            public StoredContent store(TenantId tenant, InputStream content) throws IOException {
                throw new IOException("No space left on device");
            }

            @Override
            public Optional<InputStream> open(TenantId tenant, String sha256) {
                return Optional.empty();
            }
        };
        Set<Path> before = temporaryMailFiles();

        assertThatThrownBy(() -> sync(folderSync(10, full), account(null), "INBOX"))
                .hasMessageContaining("No space left on device");

        assertThat(temporaryMailFiles()).isSubsetOf(before);
    }

    private static Set<Path> temporaryMailFiles() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(f -> f.getFileName().toString().startsWith("crm-mail-")).collect(Collectors.toSet());
        }
    }

    @Test
    void readsTheFolderAgainWhenUidValidityChangesWithoutDuplicates() throws Exception {
        GreenMailUser user = greenMail.getUserManager().getUser(USER);
        for (int i = 1; i <= 3; i++) {
            GreenMailboxes.append(greenMail, USER, "Archive", GreenMailboxes.message(i), new Date(), new Flags());
        }
        MailAccount account = account(null);
        sync(folderSync(10), account, "Archive");
        String firstPosition = history.position(TenantId.DEFAULT, SourceKind.MAIL, account.id(), "Archive").orElseThrow();

        // GreenMail derives UIDVALIDITY from the clock in seconds: a folder re-created within the
        // same second would keep it, which a real server never does.
        long firstValidity = UidCheckpoint.parse(firstPosition).orElseThrow().uidValidity();
        await().atMost(Duration.ofSeconds(5)).until(() -> Instant.now().getEpochSecond() > firstValidity);
        greenMail.getManagers().getImapHostManager().deleteMailbox(user, "Archive");
        for (int i = 1; i <= 4; i++) {
            GreenMailboxes.append(greenMail, USER, "Archive", GreenMailboxes.message(i), new Date(), new Flags());
        }
        SyncCounts second = sync(folderSync(10), account, "Archive");

        String secondPosition = history.position(TenantId.DEFAULT, SourceKind.MAIL, account.id(), "Archive").orElseThrow();
        assertThat(UidCheckpoint.parse(secondPosition).orElseThrow().uidValidity())
                .isNotEqualTo(UidCheckpoint.parse(firstPosition).orElseThrow().uidValidity());
        assertThat(second.alreadyRecorded()).isEqualTo(3);
        assertThat(second.recorded()).isEqualTo(1);
        assertThat(history.captures()).hasSize(4);
    }

    @Test
    void quarantinesAnUnreadableMessageAndGoesOn() throws Exception {
        deliver(1, 1);
        GreenMailboxes.append(greenMail, USER, "INBOX", "Subject: no sender\r\n\r\nwho?\r\n", new Date(), new Flags());
        deliver(3, 3);

        SyncCounts counts = sync(folderSync(10), account(null), "INBOX");

        assertThat(counts.recorded()).isEqualTo(2);
        assertThat(history.quarantined()).singleElement().satisfies(q -> {
            assertThat(q.reason()).isEqualTo(QuarantineReason.MISSING_REQUIRED_FIELD);
            assertThat(q.source().locator()).isEqualTo("2");
            assertThat(new String(q.raw())).contains("who?");
        });
    }

    @Test
    void readsOnlyTheBackfillWindow() throws Exception {
        Instant now = Instant.now();
        GreenMailboxes.append(greenMail, USER, "INBOX", GreenMailboxes.message(1),
                Date.from(now.minus(Duration.ofDays(90))), new Flags());
        GreenMailboxes.append(greenMail, USER, "INBOX", GreenMailboxes.message(2), Date.from(now), new Flags());

        SyncCounts counts = sync(folderSync(10), account(now.minus(Duration.ofDays(7))), "INBOX");

        assertThat(counts.recorded()).isEqualTo(1);
        assertThat(history.captures()).singleElement().satisfies(c -> assertThat(c.subject()).isEqualTo("Offer 2"));
    }
}
