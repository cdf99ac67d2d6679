package org.crmgateway.crm;

/** Which way a message went, seen from the tenant: OUTBOUND when a staff address sent it. */
public enum Direction {
    INBOUND,
    OUTBOUND
}
