package org.crmgateway.mailingest.dovecot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.crmgateway.crm.MailAuth;
import org.crmgateway.crm.MailSecurity;
import org.crmgateway.mailingest.fetch.GreenMailboxes;
import org.crmgateway.mailingest.fetch.ImapEndpoint;
import org.crmgateway.mailingest.fetch.ImapFolderReader;
import org.crmgateway.mailingest.fetch.ImapInbox;
import org.crmgateway.mailingest.fetch.MailFetchException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * SASL XOAUTH2 against a real Dovecot, which checks each access token with an identity provider
 * (here a small HTTP endpoint of the test that knows one valid token), as Gmail and Microsoft 365
 * check theirs.
 */
class DovecotOAuthIT {
    private static final String USER = "dana";
    private static final String VALID_TOKEN = "ya29.a0-valid-token-for-dana";

    private final AtomicInteger tokensChecked = new AtomicInteger();
    private HttpServer identityProvider;
    private DovecotServer dovecot;

    @BeforeEach
    void start() throws Exception {
        identityProvider = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        identityProvider.createContext("/userinfo", exchange -> {
            tokensChecked.incrementAndGet();
            boolean valid = ("Bearer " + VALID_TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization"));
            byte[] body = (valid ? "{\"email\":\"" + USER + "\"}" : "{\"error\":\"invalid_token\"}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(valid ? 200 : 401, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        identityProvider.start();
        dovecot = DovecotServer.startWithOAuth("http://127.0.0.1:%d/userinfo"
                .formatted(identityProvider.getAddress().getPort()), "Sent", USER);
    }

    @AfterEach
    void stop() throws Exception {
        if (dovecot != null) {
            dovecot.close();
        }
        identityProvider.stop(0);
    }

    private ImapInbox connect(String token) throws Exception {
        return ImapInbox.connect(new ImapEndpoint("127.0.0.1", dovecot.port(), MailSecurity.NONE, USER,
                MailAuth.XOAUTH2), () -> token, Duration.ofSeconds(5), Duration.ofSeconds(30));
    }

    @Test
    void logsInWithAValidAccessTokenAndReadsTheMailbox() throws Exception {
        dovecot.deliver(USER, "INBOX", GreenMailboxes.message(1));

        try (ImapInbox inbox = connect(VALID_TOKEN); ImapFolderReader folder = inbox.open("INBOX")) {
            assertThat(folder.state().messages()).isEqualTo(1);
        }
        assertThat(tokensChecked).hasPositiveValue();
    }

    @Test
    void anExpiredOrWrongTokenIsAnAuthenticationErrorInPlainWords() {
        assertThatThrownBy(() -> connect("ya29.expired")).isInstanceOfSatisfying(MailFetchException.class, e -> {
            assertThat(e.getMessage()).isEqualTo("authentication failed: check the access token");
            assertThat(e.isAuthentication()).isTrue();
        });
        assertThat(tokensChecked).hasPositiveValue();
    }
}
