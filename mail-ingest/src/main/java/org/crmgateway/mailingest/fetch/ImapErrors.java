package org.crmgateway.mailingest.fetch;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.FolderClosedException;
import jakarta.mail.FolderNotFoundException;
import jakarta.mail.MessagingException;
import jakarta.mail.StoreClosedException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import javax.net.ssl.SSLException;
import org.crmgateway.crm.MailAuth;

/** Turns Jakarta Mail failures into sentences a mailbox owner understands. */
final class ImapErrors {
    private ImapErrors() {
    }

    static MailFetchException describe(Exception e, ImapEndpoint endpoint) {
        String where = endpoint.address();
        if (e instanceof AuthenticationFailedException) {
            String what = endpoint.auth() == MailAuth.XOAUTH2 ? "check the access token" : "check the password";
            return new MailFetchException("authentication failed: " + what, e, true);
        }
        if (e instanceof FolderNotFoundException f) {
            return new MailFetchException("folder %s does not exist".formatted(
                    f.getFolder() == null ? "" : f.getFolder().getFullName()), e, false);
        }
        if (e instanceof StoreClosedException || e instanceof FolderClosedException) {
            // Angus closes the folder itself after a read timeout and names the cause only in the text
            String why = String.valueOf(e.getMessage());
            return new MailFetchException(why.contains("SocketTimeoutException")
                    ? "%s stopped answering: no answer in time".formatted(where)
                    : "%s closed the connection".formatted(where), e, false);
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            String msg = switch (t) {
                case UnknownHostException u -> "cannot reach %s: unknown host".formatted(where);
                case ConnectException c -> "cannot reach %s: connection refused".formatted(where);
                case NoRouteToHostException n -> "cannot reach %s: no route to host".formatted(where);
                case SocketTimeoutException s -> "cannot reach %s: no answer in time".formatted(where);
                case SSLException s -> "secure connection to %s failed: %s".formatted(where, firstLine(s.getMessage()));
                default -> null;
            };
            if (msg != null) {
                return new MailFetchException(msg, e, false);
            }
        }
        String detail = e instanceof MessagingException ? firstLine(e.getMessage()) : e.getClass().getSimpleName();
        return new MailFetchException("IMAP error at %s: %s".formatted(where, detail), e, false);
    }

    private static String firstLine(String s) {
        if (s == null || s.isBlank()) {
            return "no details";
        }
        String line = s.lines().findFirst().orElse(s).strip();
        return line.length() > 200 ? line.substring(0, 200) : line;
    }
}
