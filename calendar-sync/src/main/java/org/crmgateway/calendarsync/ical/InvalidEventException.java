package org.crmgateway.calendarsync.ical;

import org.crmgateway.crm.QuarantineReason;

/** Bad input found while reading an event; becomes a {@link ParseOutcome.Rejected} inside this package. */
final class InvalidEventException extends RuntimeException {
    private final QuarantineReason reason;

    InvalidEventException(String detail) {
        this(QuarantineReason.INVALID_CONTENT, detail);
    }

    InvalidEventException(QuarantineReason reason, String detail) {
        super(detail);
        this.reason = reason;
    }

    QuarantineReason reason() {
        return reason;
    }
}
