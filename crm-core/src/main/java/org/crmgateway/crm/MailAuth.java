package org.crmgateway.crm;

/** How the gateway logs in to a mailbox: a password, or an OAuth2 access token (SASL XOAUTH2). */
public enum MailAuth {
    PASSWORD,
    XOAUTH2
}
