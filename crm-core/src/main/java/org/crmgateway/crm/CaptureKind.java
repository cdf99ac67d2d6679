package org.crmgateway.crm;

/** What a capture records: a mail message or a meeting. Stored as the activity's type. */
public enum CaptureKind {
    EMAIL,
    MEETING
}
