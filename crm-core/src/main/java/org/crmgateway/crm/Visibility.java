package org.crmgateway.crm;

/** How much of a source's activities CRM users may read, set per mail or calendar account. */
public enum Visibility {
    /** Subject, body and attachments. */
    EVERYTHING,
    /** Subject and metadata; no body or attachments are stored. */
    SUBJECT_AND_METADATA,
    /** Only who, when and which way; no subject, body or attachments are stored. */
    METADATA_ONLY
}
