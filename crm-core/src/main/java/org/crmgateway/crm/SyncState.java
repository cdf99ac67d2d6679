package org.crmgateway.crm;

/** Where a mail or calendar account's sync stands, as shown to its owner. */
public enum SyncState {
    /** Registered, not yet picked up. */
    PENDING,
    /** Reading a backlog (initial sync or catching up). */
    SYNCING,
    /** Up to date; waiting for changes (IMAP IDLE or the next poll). */
    IDLE,
    /** The last attempt failed; {@code lastError} says why, and the sync retries with backoff. */
    ERROR,
    /** Switched off by a user. */
    DISABLED
}
