package org.crmgateway.crm;

/** Identifies a activity; positive. */
public record ActivityId(long value) {
    public ActivityId {
        if (value <= 0) {
            throw new IllegalArgumentException("ActivityId must be positive: " + value);
        }
    }

    public static ActivityId of(long value) {
        return new ActivityId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
