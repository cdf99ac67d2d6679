package org.crmgateway.mailingest.fetch;

import jakarta.mail.Folder;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import javax.net.ssl.SSLSocketFactory;
import org.crmgateway.crm.MailAuth;
import org.crmgateway.crm.MailSecurity;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;
import org.jspecify.annotations.Nullable;

/**
 * One logged-in IMAP connection, strictly read-only: folders are opened with {@code EXAMINE} and
 * bodies read with {@code BODY.PEEK[]}. The only place Jakarta Mail and Angus appear.
 */
public final class ImapInbox implements AutoCloseable {
    private final ImapEndpoint endpoint;
    private final IMAPStore store;

    private ImapInbox(ImapEndpoint endpoint, IMAPStore store) {
        this.endpoint = endpoint;
        this.store = store;
    }

    public static ImapInbox connect(ImapEndpoint endpoint, TokenProvider secret, Duration connectTimeout,
                                    Duration readTimeout) throws MailFetchException {
        return connect(endpoint, secret, connectTimeout, readTimeout, null);
    }

    /**
     * Connects, with TLS (SSL or STARTTLS) checked against {@code tls} when given, else against the
     * JVM's trust store ({@code javax.net.ssl.trustStore}, where a company's own CA belongs). The
     * server's name is checked against its certificate either way.
     */
    public static ImapInbox connect(ImapEndpoint endpoint, TokenProvider secret, Duration connectTimeout,
                                    Duration readTimeout, @Nullable SSLSocketFactory tls) throws MailFetchException {
        String protocol = endpoint.security() == MailSecurity.SSL ? "imaps" : "imap";
        Properties p = new Properties();
        String pre = "mail." + protocol + ".";
        p.setProperty(pre + "connectiontimeout", Long.toString(connectTimeout.toMillis()));
        p.setProperty(pre + "timeout", Long.toString(readTimeout.toMillis()));
        // no writetimeout: Angus implements it with one scheduler thread per connection
        p.setProperty(pre + "peek", "true");
        p.setProperty(pre + "partialfetch", "true");
        p.setProperty(pre + "fetchsize", Integer.toString(1024 * 1024));
        p.setProperty(pre + "ssl.checkserveridentity", "true");
        if (tls != null) {
            p.put(pre + "ssl.socketFactory", tls);
        }
        if (endpoint.security() == MailSecurity.STARTTLS) {
            p.setProperty(pre + "starttls.enable", "true");
            p.setProperty(pre + "starttls.required", "true");
        }
        if (endpoint.auth() == MailAuth.XOAUTH2) {
            p.setProperty(pre + "auth.mechanisms", "XOAUTH2");
        }
        try {
            Store store = Session.getInstance(p).getStore(protocol);
            store.connect(endpoint.host(), endpoint.port(), endpoint.username(), secret.secret());
            return new ImapInbox(endpoint, (IMAPStore) store);
        } catch (MessagingException | RuntimeException e) {
            throw ImapErrors.describe(e, endpoint);
        }
    }

    public ImapEndpoint endpoint() {
        return endpoint;
    }

    public boolean supportsIdle() throws MailFetchException {
        try {
            return store.hasCapability("IDLE");
        } catch (MessagingException e) {
            throw ImapErrors.describe(e, endpoint);
        }
    }

    /** INBOX plus the sent folder, when one can be found. */
    public List<String> defaultFolders() throws MailFetchException {
        Set<String> names = new LinkedHashSet<>();
        names.add("INBOX");
        SentFolders.choose(listFolders()).ifPresent(names::add);
        return List.copyOf(names);
    }

    List<SentFolders.Listed> listFolders() throws MailFetchException {
        try {
            List<SentFolders.Listed> listed = new ArrayList<>();
            for (Folder f : store.getDefaultFolder().list("*")) {
                IMAPFolder folder = (IMAPFolder) f;
                listed.add(new SentFolders.Listed(folder.getFullName(), folder.getSeparator(),
                        List.of(folder.getAttributes())));
            }
            return listed;
        } catch (MessagingException e) {
            throw ImapErrors.describe(e, endpoint);
        }
    }

    /** Opens a folder read-only ({@code EXAMINE}). */
    public ImapFolderReader open(String name) throws MailFetchException {
        try {
            IMAPFolder folder = (IMAPFolder) store.getFolder(name);
            folder.open(Folder.READ_ONLY);
            return new ImapFolderReader(folder, endpoint);
        } catch (MessagingException e) {
            throw ImapErrors.describe(e, endpoint);
        }
    }

    @Override
    public void close() {
        try {
            store.close();
        } catch (MessagingException e) {
            // the connection is gone either way; nothing is left to release
        }
    }
}
