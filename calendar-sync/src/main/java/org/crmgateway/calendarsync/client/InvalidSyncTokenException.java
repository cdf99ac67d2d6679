package org.crmgateway.calendarsync.client;

/** The server no longer knows the sync-token (RFC 6578 section 3.2, {@code DAV:valid-sync-token}): sync in full. */
public final class InvalidSyncTokenException extends CalDavException {
    public InvalidSyncTokenException(int status) {
        super(status, "The calendar server forgot the last sync position; reading the calendar in full");
    }
}
