package org.crmgateway.crm;

/**
 * Where in a source one capture was read: which account, which folder or calendar, and the
 * position inside it (an IMAP UID, a calendar object href). Several sources may point at one
 * activity (the same mail in two staff mailboxes).
 *
 * @param accountId the mail or calendar account (or import run) the capture came from
 * @param scope     folder name or calendar href; empty when the source has only one
 * @param locator   the item inside the scope: UID, object href, file name
 */
public record SourceRef(SourceKind kind, long accountId, String scope, String locator) {
    public SourceRef {
        if (scope.length() > 1000 || locator.length() > 1000) {
            throw new IllegalArgumentException("Source scope or locator too long");
        }
    }
}
