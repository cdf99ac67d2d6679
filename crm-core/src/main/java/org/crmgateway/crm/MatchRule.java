package org.crmgateway.crm;

/** Which matcher rule linked a participant to a partner: the "why is this here" of the history. */
public enum MatchRule {
    /** Rule 1: the address belongs to the person. */
    PERSON_ADDRESS,
    /** Rule 1: the company of a person whose address matched. */
    PERSON_COMPANY,
    /** Rule 2: the address's domain (or a parent domain) belongs to the company. */
    COMPANY_DOMAIN,
    /** Rule 5: a person (and company) created for an unknown sender under CREATE_CONTACT. */
    CREATED_CONTACT,
    /** Rule 6: the message replies in a thread already linked to the partner. */
    THREAD,
    /** Rule 9: a user assigned the unresolved message to the partner. */
    MANUAL_ASSIGNMENT,
    /** Rule 3: a staff address or internal domain. */
    STAFF,
    /** Rule 4: an ignored address or domain. */
    IGNORED,
    /** No partner matched. */
    NONE
}
