package org.crmgateway.crm;

/** Identifies a partner; positive. */
public record PartnerId(long value) {
    public PartnerId {
        if (value <= 0) {
            throw new IllegalArgumentException("PartnerId must be positive: " + value);
        }
    }

    public static PartnerId of(long value) {
        return new PartnerId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
