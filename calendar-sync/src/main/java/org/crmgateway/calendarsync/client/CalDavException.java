package org.crmgateway.calendarsync.client;

/**
 * A CalDAV request failed. The message is meant for the account's owner ("The calendar server
 * did not accept the user name or password"); it never holds a password or a body.
 *
 * @see #status() the HTTP status, 0 when there was no HTTP answer
 */
public class CalDavException extends RuntimeException {
    private final int status;

    public CalDavException(int status, String message) {
        super(message);
        this.status = status;
    }

    public CalDavException(int status, String message, Throwable cause) {
        super(message, cause);
        this.status = status;
    }

    public int status() {
        return status;
    }

    /** The words for an HTTP status answered to a request on {@code what}. */
    static CalDavException forStatus(int status, String what) {
        String message = switch (status) {
            case 401 -> "The calendar server did not accept the user name or password";
            case 403 -> "The calendar server does not allow reading " + what;
            case 404 -> "Nothing found at " + what + " on the calendar server";
            case 405, 501 -> "The server at " + what + " does not speak CalDAV";
            case 507 -> "The calendar server is out of space or cut the answer short";
            default -> status >= 500 ? "The calendar server failed (HTTP %d) on %s".formatted(status, what)
                    : "The calendar server refused the request on %s (HTTP %d)".formatted(what, status);
        };
        return new CalDavException(status, message);
    }
}
