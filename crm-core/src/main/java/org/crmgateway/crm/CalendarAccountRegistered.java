package org.crmgateway.crm;

/** Published after a calendar account was registered, so that its sync starts at once. */
public record CalendarAccountRegistered(TenantId tenant, long accountId) {
}
