package org.crmgateway.crm;

/** Published after the transaction that created or updated an activity committed. */
public record ActivityRecorded(TenantId tenant, ActivityId activity, CaptureKind type, boolean created) {
}
