package org.crmgateway.crm;

/**
 * Who is reading history: private activities are visible to their owner only (others do not
 * learn that they exist).
 */
public record Viewer(TenantId tenant, UserId user, Role role) {
}
