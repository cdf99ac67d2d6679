package org.crmgateway.crm;

/** Why an item could not become an activity. Shown to people with the item's detail text. */
public enum QuarantineReason {
    /** The bytes are not a message or calendar object the parser could make sense of. */
    UNPARSEABLE,
    /** Required parts are missing (no sender, no date that can be read, no UID). */
    MISSING_REQUIRED_FIELD,
    /** Over a configured limit (header count, nesting depth, recurrence count). */
    LIMIT_EXCEEDED,
    /** The content is readable but violates the protocol in a way that cannot be repaired safely. */
    INVALID_CONTENT
}
