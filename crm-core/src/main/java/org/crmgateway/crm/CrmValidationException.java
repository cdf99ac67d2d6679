package org.crmgateway.crm;

/** A value given to the core is invalid; names the field so that an API can say which. */
public class CrmValidationException extends IllegalArgumentException {
    private final String field;

    public CrmValidationException(String field, String problem) {
        super(field + ": " + problem);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
