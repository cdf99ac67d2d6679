package org.crmgateway.crm;

/**
 * Published after a mail with {@code text/calendar} parts (iMIP, RFC 6047) was recorded. Calendar
 * sync reads the parts with {@link Invitations} and records the meetings they describe; mail
 * ingest thus hands invitations over without knowing calendar sync.
 */
public record InvitationReceived(TenantId tenant, long invitationId) {
}
