package org.crmgateway.crm;

/** Where captures come from. A new source is a new constant and a new edge module, nothing more. */
public enum SourceKind {
    /** A folder of a staff IMAP mailbox (or the BCC dropbox). */
    MAIL,
    /** A calendar of a staff CalDAV account. */
    CALENDAR,
    /** A calendar object written by a client to the gateway's own CalDAV server. */
    CALDAV,
    /** An archive imported from the command line (mbox, Maildir, .eml). */
    IMPORT,
    /** An iCalendar invitation (iMIP) that arrived inside a mail message. */
    INVITATION
}
