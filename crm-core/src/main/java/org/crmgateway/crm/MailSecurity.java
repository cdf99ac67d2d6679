package org.crmgateway.crm;

/** How the IMAP connection is protected. */
public enum MailSecurity {
    NONE,
    STARTTLS,
    SSL
}
