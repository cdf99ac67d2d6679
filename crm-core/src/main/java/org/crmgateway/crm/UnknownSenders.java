package org.crmgateway.crm;

/** What the matcher does with external participants that match no partner (rule 5). */
public enum UnknownSenders {
    /** Keep the message in the unresolved list for a person to assign. */
    UNRESOLVED,
    /** Keep nothing. */
    IGNORE,
    /** Create a person, and a company from the domain unless it is a free-mail domain. */
    CREATE_CONTACT
}
