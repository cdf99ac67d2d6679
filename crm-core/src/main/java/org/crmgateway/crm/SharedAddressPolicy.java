package org.crmgateway.crm;

/** How an address owned by several persons is resolved (rule 8). */
public enum SharedAddressPolicy {
    /** Link the activity to every person who has the address. */
    ALL,
    /** Link it to the person with the most recent activity (ties: the lowest id, so never at random). */
    MOST_RECENT
}
