package org.crmgateway.crm;

/** What a staff user may do. */
public enum Role {
    ADMIN,
    USER
}
