package org.crmgateway.crm;

/** A partner is a company (known by its domains) or a person (known by addresses). */
public enum PartnerKind {
    COMPANY,
    PERSON
}
