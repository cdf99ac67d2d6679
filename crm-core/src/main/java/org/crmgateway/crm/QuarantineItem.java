package org.crmgateway.crm;

/**
 * Something read from a source that could not be turned into a capture: kept with its raw bytes
 * and the reason, so that a person can see why and retry it after a fix.
 *
 * @param detail what was wrong, in words a person understands (no stack trace)
 */
public record QuarantineItem(TenantId tenant, SourceRef source, QuarantineReason reason, String detail, byte[] raw) {
}
