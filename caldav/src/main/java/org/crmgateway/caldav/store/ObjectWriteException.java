package org.crmgateway.caldav.store;

/** A write the store refused; the HTTP layer turns the reason into a status and precondition. */
public final class ObjectWriteException extends RuntimeException {

    /** Why the write was refused. */
    public enum Reason {
        /** If-Match or If-None-Match did not hold. */
        PRECONDITION_FAILED,
        /** Another object of the calendar has the same UID (RFC 4791 section 5.3.2.1). */
        UID_CONFLICT,
        /** The object (or the calendar) does not exist. */
        NOT_FOUND,
        /** The calendar to create exists already. */
        EXISTS
    }

    private final Reason reason;
    private final String href;

    public ObjectWriteException(Reason reason, String href) {
        super(reason + ": " + href);
        this.reason = reason;
        this.href = href;
    }

    public Reason reason() {
        return reason;
    }

    /** The object concerned; for UID_CONFLICT the object that already has the UID. */
    public String href() {
        return href;
    }
}
