package org.crmgateway.web.credential;

/** What a personal credential opens. */
public enum CredentialKind {
    /** {@code Authorization: Bearer} on {@code /api}. */
    API_TOKEN,
    /** HTTP Basic password on CalDAV ({@code /dav}), for calendar clients. */
    APP_PASSWORD
}
