package org.crmgateway.mailingest;

import java.util.List;
import java.util.Optional;
import org.crmgateway.crm.NewUser;
import org.crmgateway.crm.StaffUser;
import org.crmgateway.crm.StaffUsers;
import org.crmgateway.crm.TenantId;
import org.crmgateway.crm.UserId;

/** A tenant without staff users, for tests that need no dropbox attribution. */
public final class NoStaffUsers implements StaffUsers {
    @Override
    public StaffUser create(TenantId tenant, NewUser user) {
        throw new UnsupportedOperationException("no staff in this test");
    }

    @Override
    public Optional<StaffUser> find(TenantId tenant, UserId id) {
        return Optional.empty();
    }

    @Override
    public Optional<StaffUser> byUsername(String username) {
        return Optional.empty();
    }

    @Override
    public List<StaffUser> list(TenantId tenant) {
        return List.of();
    }

    @Override
    public void changePassword(TenantId tenant, UserId id, String passwordHash) {
        throw new UnsupportedOperationException("no staff in this test");
    }
}
