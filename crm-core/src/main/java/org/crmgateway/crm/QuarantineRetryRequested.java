package org.crmgateway.crm;

/** Published by the core when a user retries a quarantined item; the edge owning {@code kind} handles it. */
public record QuarantineRetryRequested(TenantId tenant, long quarantineId, SourceKind kind) {
}
