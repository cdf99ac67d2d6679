package org.crmgateway.crm;

/** Published after a mail account was registered, so that its sync starts at once. */
public record MailAccountRegistered(TenantId tenant, long accountId) {
}
