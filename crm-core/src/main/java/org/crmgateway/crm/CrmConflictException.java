package org.crmgateway.crm;

/** The request contradicts what is stored, e.g. an address already owned by another person. */
public class CrmConflictException extends RuntimeException {
    public CrmConflictException(String message) {
        super(message);
    }
}
