package org.crmgateway.web.audit;

import java.time.Instant;

import org.crmgateway.crm.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * One audit log entry.
 *
 * @param tenant null when the actor could not be tied to a tenant (failed login of an unknown name)
 * @param detail what changed, in words; never a secret
 */
public record AuditEntry(long id, @Nullable TenantId tenant, Instant occurredAt, String actor, AuditAction action,
                         String detail, @Nullable String remoteAddress) {
}
