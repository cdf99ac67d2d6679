package org.crmgateway.crm;

/** iCalendar STATUS of a meeting (RFC 5545 section 3.8.1.11). */
public enum MeetingStatus {
    TENTATIVE,
    CONFIRMED,
    CANCELLED
}
