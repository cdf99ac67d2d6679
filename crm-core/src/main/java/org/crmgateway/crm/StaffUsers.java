package org.crmgateway.crm;

import java.util.List;
import java.util.Optional;

/** Staff users of a tenant. Their addresses are what makes a message outbound and never a partner. */
public interface StaffUsers {

    /** @throws CrmConflictException the username or an address is taken */
    StaffUser create(TenantId tenant, NewUser user);

    Optional<StaffUser> find(TenantId tenant, UserId id);

    /** Usernames are unique across tenants, so a login names its tenant. */
    Optional<StaffUser> byUsername(String username);

    List<StaffUser> list(TenantId tenant);

    void changePassword(TenantId tenant, UserId id, String passwordHash);
}
