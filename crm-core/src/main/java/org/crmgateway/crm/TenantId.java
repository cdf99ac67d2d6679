package org.crmgateway.crm;

/** Identifies a tenant (one customer company); every row belongs to one. {@link #DEFAULT} is the tenant of single-company use. */
public record TenantId(long value) {
    public TenantId {
        if (value <= 0) {
            throw new IllegalArgumentException("TenantId must be positive: " + value);
        }
    }

    /** The tenant created by the first migration, used when the gateway serves one company. */
    public static final TenantId DEFAULT = new TenantId(1);

    public static TenantId of(long value) {
        return new TenantId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
