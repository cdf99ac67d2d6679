package org.crmgateway.calendarsync.ical;

import org.crmgateway.crm.QuarantineReason;

/** A series that cannot be expanded: too many occurrences in the window, or a rule that cannot be applied. */
public final class RecurrenceException extends RuntimeException {
    private final QuarantineReason reason;

    RecurrenceException(QuarantineReason reason, String detail, Throwable cause) {
        super(detail, cause);
        this.reason = reason;
    }

    RecurrenceException(QuarantineReason reason, String detail) {
        super(detail);
        this.reason = reason;
    }

    public QuarantineReason reason() {
        return reason;
    }
}
