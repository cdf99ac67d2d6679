package org.crmgateway.demo;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Properties;

import com.icegreen.greenmail.imap.AuthorizationException;
import com.icegreen.greenmail.imap.ImapHostManager;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Flags;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The embedded IMAP server of the demo, on loopback only, holding one staff mailbox seeded from
 * {@code demo/mail/*.eml}: files named {@code inbox-*} go to INBOX, {@code sent-*} to Sent.
 */
final class DemoMailServer implements AutoCloseable {

    static final String HOST = "127.0.0.1";
    static final String USER = "olena";
    static final String PASSWORD = "demo";
    static final String ADDRESS = "olena.koval@northbridge.example";

    private static final Logger LOG = LoggerFactory.getLogger(DemoMailServer.class);

    private final GreenMail greenMail;

    private DemoMailServer(GreenMail greenMail) {
        this.greenMail = greenMail;
    }

    static DemoMailServer start(int port) throws IOException {
        ServerSetup setup = new ServerSetup(port, HOST, ServerSetup.PROTOCOL_IMAP);
        GreenMail greenMail = new GreenMail(port == 0 ? setup.dynamicPort() : setup);
        greenMail.start();
        DemoMailServer server = new DemoMailServer(greenMail);
        try {
            server.seed();
        } catch (MessagingException | FolderException | AuthorizationException e) {
            greenMail.stop();
            throw new IOException("Could not seed the demo mailbox", e);
        }
        return server;
    }

    int port() {
        return greenMail.getImap().getPort();
    }

    private void seed() throws IOException, MessagingException, FolderException, AuthorizationException {
        GreenMailUser user = greenMail.setUser(ADDRESS, USER, PASSWORD);
        ImapHostManager host = greenMail.getManagers().getImapHostManager();
        MailFolder inbox = host.getInbox(user);
        MailFolder sent = host.createMailbox(user, "Sent");
        Session session = Session.getInstance(new Properties());
        Resource[] messages = new PathMatchingResourcePatternResolver().getResources("classpath*:demo/mail/*.eml");
        Arrays.sort(messages, Comparator.comparing(r -> String.valueOf(r.getFilename())));
        for (Resource resource : messages) {
            try (InputStream in = resource.getInputStream()) {
                MimeMessage message = new MimeMessage(session, in);
                MailFolder folder = String.valueOf(resource.getFilename()).startsWith("sent-") ? sent : inbox;
                folder.appendMessage(message, new Flags(), message.getSentDate());
            }
        }
        LOG.info("Demo IMAP server on {}:{} with {} messages for '{}'", HOST, port(), messages.length, USER);
    }

    @Override
    public void close() {
        greenMail.stop();
    }
}
