package org.crmgateway.mailingest.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.crmgateway.crm.MailAuth;
import org.crmgateway.crm.MailSecurity;
import org.crmgateway.mailingest.dovecot.DovecotServer;
import org.crmgateway.mailingest.fetch.GreenMailboxes;
import org.crmgateway.mailingest.fetch.ImapEndpoint;
import org.crmgateway.mailingest.fetch.ImapFolderReader;
import org.crmgateway.mailingest.fetch.ImapInbox;
import org.crmgateway.mailingest.fetch.MailFetchException;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Waiting for news with IMAP IDLE against a real Dovecot: the server's keep-alive is not news, new
 * mail is; the account's lease is checked while the folders idle; a server that stops answering is
 * noticed within the read timeout, not at the next renewal half an hour later.
 */
class FolderWatchIT {
    private static final String USER = "carol";
    private static final Duration NEVER = Duration.ofMinutes(10);

    private DovecotServer dovecot;

    @AfterEach
    void stop() throws Exception {
        if (dovecot != null) {
            dovecot.close();
        }
    }

    /** A Dovecot that tells idling clients it is still there every second (the default is every 2 minutes). */
    private void startChattyServer() throws Exception {
        dovecot = DovecotServer.startWith("imap_idle_notify_interval = 1 secs", "Sent", USER);
    }

    private ImapInbox connect(Duration readTimeout) throws Exception {
        return ImapInbox.connect(new ImapEndpoint("127.0.0.1", dovecot.port(), MailSecurity.NONE, USER,
                MailAuth.PASSWORD), () -> DovecotServer.PASSWORD, Duration.ofSeconds(5), readTimeout);
    }

    @Test
    void aKeepAliveEndsAnIdleWithoutNewsAndADeliveryWithNews() throws Exception {
        startChattyServer();
        try (ImapInbox inbox = connect(Duration.ofSeconds(30)); ImapFolderReader folder = inbox.open("INBOX")) {
            assertThat(folder.idle()).isFalse();

            dovecot.deliver(USER, "INBOX", GreenMailboxes.message(1));

            // a keep-alive may still end the IDLE that is running while the delivery is announced
            Awaitility.await().atMost(Duration.ofSeconds(10)).pollDelay(Duration.ZERO).until(folder::idle);
        }
    }

    @Test
    void keepsIdlingThroughKeepAlivesUntilTheRenewTime() throws Exception {
        startChattyServer();
        watchingInboxAndSent(watch -> {
            long start = System.nanoTime();

            watch.await(Duration.ofSeconds(4), NEVER, () -> true);

            // four keep-alives per folder came and went meanwhile; each used to end the wait
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofSeconds(4));
        });
    }

    @Test
    void newMailInAnyFolderEndsTheWait() throws Exception {
        startChattyServer();
        watchingInboxAndSent(watch -> {
            CompletableFuture<Void> waiting = CompletableFuture.runAsync(() -> awaitQuietly(watch, NEVER));

            dovecot.deliver(USER, "Sent", GreenMailboxes.message(2));

            waiting.get(10, TimeUnit.SECONDS);
        });
    }

    private interface WatchSteps {
        void run(FolderWatch watch) throws Exception;
    }

    private void watchingInboxAndSent(WatchSteps steps) throws Exception {
        try (ImapInbox inbox = connect(Duration.ofSeconds(30)); ImapFolderReader inboxFolder = inbox.open("INBOX");
             ImapFolderReader sent = inbox.open("Sent")) {
            steps.run(new FolderWatch(1, List.of(inboxFolder, sent)));
        }
    }

    @Test
    void checksTheLeaseWhileIdlingAndEndsWhenTheAccountIsNoLongerOurs() throws Exception {
        dovecot = DovecotServer.start("Sent", USER);
        try (ImapInbox inbox = connect(Duration.ofSeconds(30)); ImapFolderReader folder = inbox.open("INBOX")) {
            FolderWatch watch = new FolderWatch(1, List.of(folder));
            AtomicInteger checks = new AtomicInteger();

            watch.await(NEVER, Duration.ofMillis(100), () -> checks.incrementAndGet() < 3);

            assertThat(checks).hasValue(3);
        }
    }

    @Test
    void aServerThatFallsSilentDuringIdleFailsTheWaitSoonNotAtTheRenewal() throws Exception {
        // Dovecot's own keep-alive stays at 2 minutes: the server is quiet, as many are
        dovecot = DovecotServer.startWith("verbose_proctitle = yes", "Sent", USER);
        try (ImapInbox inbox = connect(Duration.ofSeconds(1)); ImapFolderReader folder = inbox.open("INBOX")) {
            FolderWatch watch = new FolderWatch(1, List.of(folder));
            CompletableFuture<Void> waiting = CompletableFuture.runAsync(() -> {
                try {
                    watch.await(NEVER, Duration.ofSeconds(1), () -> true);
                } catch (MailFetchException e) {
                    throw new IllegalStateException(e.getMessage(), e);
                }
            });
            Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> dovecot.idling(USER));
            dovecot.freeze(USER);
            try {
                assertThatThrownBy(() -> waiting.get(20, TimeUnit.SECONDS)).cause()
                        .hasMessage("127.0.0.1:%d stopped answering: no answer in time", dovecot.port());
            } finally {
                dovecot.thaw(USER);
            }
        }
    }

    private static void awaitQuietly(FolderWatch watch, Duration renewAfter) {
        try {
            watch.await(renewAfter, NEVER, () -> true);
        } catch (MailFetchException e) {
            throw new IllegalStateException(e);
        }
    }
}
