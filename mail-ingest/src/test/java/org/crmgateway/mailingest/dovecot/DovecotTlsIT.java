package org.crmgateway.mailingest.dovecot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;
import org.crmgateway.crm.MailAuth;
import org.crmgateway.crm.MailSecurity;
import org.crmgateway.mailingest.fetch.GreenMailboxes;
import org.crmgateway.mailingest.fetch.ImapEndpoint;
import org.crmgateway.mailingest.fetch.ImapFolderReader;
import org.crmgateway.mailingest.fetch.ImapInbox;
import org.crmgateway.mailingest.fetch.MailFetchException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SSL (IMAPS) and STARTTLS against a real Dovecot with a certificate of the test's own CA: with
 * that CA trusted the mailbox is read; with the JVM's usual trust store the connection is refused
 * with a reason; STARTTLS that the server does not offer is refused, never downgraded to plain text.
 */
class DovecotTlsIT {
    private static final String USER = "erik";

    @TempDir
    static Path keys;
    private static Path cert;
    private static Path key;
    private static SSLSocketFactory trustingOurCa;
    private DovecotServer dovecot;
    private int imapsPort;

    @BeforeAll
    static void certificate() throws Exception {
        boolean present = Files.isExecutable(Path.of("/usr/bin/openssl"));
        if (!present && "true".equals(System.getenv("CRM_REQUIRE_PEERS"))) {
            throw new IllegalStateException("openssl is missing: install the Debian package openssl");
        }
        assumeTrue(present, "openssl is missing: install the Debian package openssl");
        cert = keys.resolve("cert.pem");
        key = keys.resolve("key.pem");
        Process openssl = new ProcessBuilder("/usr/bin/openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
                "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", key.toString(),
                "-out", cert.toString()).redirectErrorStream(true).start();
        openssl.getInputStream().readAllBytes();
        assertThat(openssl.waitFor(60, TimeUnit.SECONDS) && openssl.exitValue() == 0).as("openssl made a key").isTrue();
        trustingOurCa = trusting(cert);
    }

    @BeforeEach
    void start() throws Exception {
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            imapsPort = free.getLocalPort();
        }
        dovecot = DovecotServer.startWith("""
                ssl = yes
                ssl_cert = <%s
                ssl_key = <%s
                service imap-login {
                  inet_listener imaps {
                    address = 127.0.0.1
                    port = %d
                    ssl = yes
                  }
                }
                """.formatted(cert, key, imapsPort), "Sent", USER);
    }

    @AfterEach
    void stop() throws Exception {
        if (dovecot != null) {
            dovecot.close();
        }
    }

    private static SSLSocketFactory trusting(Path certificate) throws Exception {
        KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
        trusted.load(null, null);
        try (InputStream in = Files.newInputStream(certificate)) {
            trusted.setCertificateEntry("test-ca", CertificateFactory.getInstance("X.509").generateCertificate(in));
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trusted);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, tmf.getTrustManagers(), null);
        return context.getSocketFactory();
    }

    private ImapInbox connect(int port, MailSecurity security, SSLSocketFactory tls) throws Exception {
        return ImapInbox.connect(new ImapEndpoint("127.0.0.1", port, security, USER, MailAuth.PASSWORD),
                () -> DovecotServer.PASSWORD, Duration.ofSeconds(5), Duration.ofSeconds(30), tls);
    }

    private void assertReadsTheMailbox(int port, MailSecurity security) throws Exception {
        dovecot.deliver(USER, "INBOX", GreenMailboxes.message(1));
        try (ImapInbox inbox = connect(port, security, trustingOurCa); ImapFolderReader folder = inbox.open("INBOX")) {
            assertThat(folder.state().messages()).isEqualTo(1);
        }
    }

    @Test
    void readsTheMailboxOverSsl() throws Exception {
        assertReadsTheMailbox(imapsPort, MailSecurity.SSL);
    }

    @Test
    void readsTheMailboxOverStartTls() throws Exception {
        assertReadsTheMailbox(dovecot.port(), MailSecurity.STARTTLS);
    }

    @Test
    void aCertificateThatTheTrustStoreDoesNotKnowIsRefusedWithAReason() {
        assertThatThrownBy(() -> connect(imapsPort, MailSecurity.SSL, null))
                .isInstanceOf(MailFetchException.class)
                .hasMessageStartingWith("secure connection to 127.0.0.1:%d failed: ".formatted(imapsPort));
    }

    @Test
    void startTlsIsNeverSkippedWhenTheServerDoesNotOfferIt() throws Exception {
        try (DovecotServer plain = DovecotServer.start("Sent", USER)) {
            assertThatThrownBy(() -> connect(plain.port(), MailSecurity.STARTTLS, trustingOurCa))
                    .isInstanceOf(MailFetchException.class)
                    .hasMessageContaining("STARTTLS");
        }
    }
}
