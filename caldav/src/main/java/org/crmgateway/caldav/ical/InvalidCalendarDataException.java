package org.crmgateway.caldav.ical;

/** The text is not a calendar object resource the server can store (RFC 4791 section 5.3.2.1). */
public final class InvalidCalendarDataException extends Exception {
    public InvalidCalendarDataException(String message) {
        super(message);
    }

    public InvalidCalendarDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
