package org.crmgateway.crm;

import java.util.List;

/** A person of the tenant who uses the gateway; never returned with the password hash to an API. */
public record StaffUser(UserId id, TenantId tenant, String username, EmailAddress email, List<EmailAddress> aliases,
                        Role role, String passwordHash, boolean enabled) {

    /** Without the password hash. */
    @Override
    public String toString() {
        return "StaffUser[id=%s, tenant=%s, username=%s, email=%s, aliases=%s, role=%s, enabled=%s]"
                .formatted(id, tenant, username, email, aliases, role, enabled);
    }
}
