package org.crmgateway.mailingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Flags;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ImapInboxIT {
    private static final String USER = "ivan@example.com";

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.IMAP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withUser(USER, "secret"));

    private ImapInbox connect(String password) throws MailFetchException {
        return ImapInbox.connect(GreenMailboxes.endpoint(greenMail, USER), () -> password, Duration.ofSeconds(5),
                Duration.ofSeconds(30));
    }

    @Test
    void fetchesOnlyMailNewerThanTheCheckpointAndLeavesTheMailboxUntouched() throws Exception {
        Date now = new Date();
        for (int i = 1; i <= 5; i++) {
            Flags flags = i == 2 ? new Flags(Flags.Flag.FLAGGED) : new Flags();
            GreenMailboxes.append(greenMail, USER, "INBOX", GreenMailboxes.message(i), now, flags);
        }
        List<String> before = GreenMailboxes.snapshot(greenMail, USER, "INBOX");

        try (ImapInbox inbox = connect("secret"); ImapFolderReader folder = inbox.open("INBOX")) {
            assertThat(folder.state().messages()).isEqualTo(5);
            long[] uids = folder.uidsAfter(2, null);
            assertThat(uids).hasSize(3);
            List<FetchedMail> mails = folder.fetch(uids, 50L << 20, 1L << 20);
            assertThat(mails).extracting(FetchedMail::uid).containsExactly(uids[0], uids[1], uids[2]);
            try (InputStream in = mails.getFirst().raw().open()) {
                assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).contains("Subject: Offer 3");
            }
            assertThat(folder.uidsAfter(uids[2], null)).isEmpty();
        }

        assertThat(GreenMailboxes.snapshot(greenMail, USER, "INBOX")).isEqualTo(before);
        assertThat(before).noneMatch(s -> s.contains("\\Seen"));
    }

    @Test
    void streamsLargeMessagesToDiskAndReadsOnlyTheHeaderOverTheLimit() throws Exception {
        String big = GreenMailboxes.message(1).replace("Body 1", ("0123456789".repeat(9) + "\r\n").repeat(30_000));
        GreenMailboxes.append(greenMail, USER, "INBOX", big, new Date(), new Flags());

        try (ImapInbox inbox = connect("secret"); ImapFolderReader folder = inbox.open("INBOX")) {
            long[] uids = folder.uidsAfter(0, null);
            try (FetchedMail streamed = folder.fetch(uids, 50L << 20, 1L << 20).getFirst()) {
                assertThat(streamed.headersOnly()).isFalse();
                assertThat(streamed.raw().size()).isEqualTo(streamed.size()).isGreaterThan(2_000_000);
            }
            try (FetchedMail header = folder.fetch(uids, 1L << 20, 1L << 20).getFirst()) {
                assertThat(header.headersOnly()).isTrue();
                assertThat(header.raw().size()).isLessThan(1000);
                assertThat(new String(header.raw().readAll(1000), StandardCharsets.UTF_8)).contains("Subject: Offer 1");
            }
        }
    }

    @Test
    void searchesOnlyTheBackfillWindow() throws Exception {
        Instant now = Instant.now();
        GreenMailboxes.append(greenMail, USER, "INBOX", GreenMailboxes.message(1),
                Date.from(now.minus(Duration.ofDays(400))), new Flags());
        GreenMailboxes.append(greenMail, USER, "INBOX", GreenMailboxes.message(2),
                Date.from(now), new Flags());

        try (ImapInbox inbox = connect("secret"); ImapFolderReader folder = inbox.open("INBOX")) {
            long[] all = folder.uidsAfter(0, null);
            assertThat(all).hasSize(2);
            assertThat(folder.uidsAfter(0, now.minus(Duration.ofDays(30)))).containsExactly(all[1]);
        }
    }

    @Test
    void findsTheSentFolderByItsName() throws Exception {
        GreenMailboxes.append(greenMail, USER, "Gesendet", GreenMailboxes.message(1), new Date(),
                new Flags());
        try (ImapInbox inbox = connect("secret")) {
            assertThat(inbox.defaultFolders()).containsExactly("INBOX", "Gesendet");
        }
    }

    @Test
    void saysInPlainWordsWhenThePasswordIsWrong() {
        assertThatThrownBy(() -> connect("wrong"))
                .isInstanceOfSatisfying(MailFetchException.class, e -> assertThat(e.isAuthentication()).isTrue())
                .hasMessage("authentication failed: check the password");
    }

    @Test
    void saysInPlainWordsWhenTheServerIsUnreachable() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        ImapEndpoint closed = new ImapEndpoint("127.0.0.1", port, org.crmgateway.crm.MailSecurity.NONE, USER,
                org.crmgateway.crm.MailAuth.PASSWORD);
        assertThatThrownBy(() -> ImapInbox.connect(closed, () -> "secret", Duration.ofSeconds(2), Duration.ofSeconds(2)))
                .hasMessage("cannot reach 127.0.0.1:%d: connection refused", port);
    }
}
