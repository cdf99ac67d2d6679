package org.crmgateway.caldav.store;

/** A calendar object to store under {@code href}, already checked and indexed. */
public record ObjectWrite(String href, String uid, String component, String data, ObjectIndex index) {
    public ObjectWrite {
        if (!CalendarStore.isValidName(href)) {
            throw new IllegalArgumentException("Not a valid object name: '%s'".formatted(href));
        }
        if (uid.isBlank()) {
            throw new IllegalArgumentException("A calendar object needs a UID");
        }
    }
}
