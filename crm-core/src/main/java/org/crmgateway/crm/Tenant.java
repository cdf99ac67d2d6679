package org.crmgateway.crm;

/** A customer company served by the gateway; strictly isolated from every other. */
public record Tenant(TenantId id, String name) {
}
