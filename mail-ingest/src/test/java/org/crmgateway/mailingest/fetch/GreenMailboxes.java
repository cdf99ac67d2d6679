package org.crmgateway.mailingest.fetch;

import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.base.GreenMailOperations;
import jakarta.mail.Flags;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import org.crmgateway.crm.MailAuth;
import org.crmgateway.crm.MailSecurity;

/** Helpers for tests against a GreenMail IMAP server. */
public final class GreenMailboxes {
    private GreenMailboxes() {
    }

    public static ImapEndpoint endpoint(GreenMailOperations greenMail, String user) {
        return new ImapEndpoint("127.0.0.1", greenMail.getImap().getPort(), MailSecurity.NONE, user, MailAuth.PASSWORD);
    }

    public static String message(int n) {
        return "From: Partner %d <p%d@partner.example>\r\nTo: ivan@example.com\r\nSubject: Offer %d\r\n"
                .formatted(n, n, n)
                + "Date: Mon, 2 Mar 2026 10:%02d:00 +0000\r\nMessage-ID: <m%d@partner.example>\r\n\r\nBody %d\r\n"
                .formatted(n % 60, n, n);
    }

    public static long append(GreenMailOperations greenMail, String user, String folder, String raw, Date received, Flags flags)
            throws Exception {
        GreenMailUser u = greenMail.getUserManager().getUser(user);
        MailFolder f = greenMail.getManagers().getImapHostManager().getFolder(u, folder);
        if (f == null) {
            f = greenMail.getManagers().getImapHostManager().createMailbox(u, folder);
        }
        MimeMessage m = new MimeMessage(Session.getInstance(new Properties()),
                new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8)));
        return f.appendMessage(m, flags, received);
    }

    /** UID, flags and bytes of every message of a folder, to compare before and after a sync. */
    public static List<String> snapshot(GreenMailOperations greenMail, String user, String folder) throws Exception {
        GreenMailUser u = greenMail.getUserManager().getUser(user);
        MailFolder f = greenMail.getManagers().getImapHostManager().getFolder(u, folder);
        List<String> out = new ArrayList<>();
        out.add("uidvalidity=" + f.getUidValidity() + " uidnext=" + f.getUIDNext());
        for (StoredMessage m : f.getMessages()) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            m.getMimeMessage().writeTo(bytes);
            out.add(m.getUid() + " " + m.getFlags() + " " + bytes.toString(StandardCharsets.ISO_8859_1));
        }
        return out;
    }
}
