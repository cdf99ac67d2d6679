package org.crmgateway.mailingest.fetch;

/**
 * Reading a mailbox failed (server unreachable, login refused, connection lost). The message is
 * in words the mailbox's owner understands; the cause keeps the details for the log.
 */
public class MailFetchException extends Exception {
    private final boolean authentication;

    public MailFetchException(String message, Throwable cause, boolean authentication) {
        super(message, cause);
        this.authentication = authentication;
    }

    /** Whether the server refused the credentials: retrying soon will not help. */
    public boolean isAuthentication() {
        return authentication;
    }
}
