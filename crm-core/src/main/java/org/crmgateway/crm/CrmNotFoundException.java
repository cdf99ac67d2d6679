package org.crmgateway.crm;

/** An id that the tenant does not have; also what another tenant's id looks like. */
public class CrmNotFoundException extends RuntimeException {
    public CrmNotFoundException(String what, Object id) {
        super("%s %s not found".formatted(what, id));
    }
}
