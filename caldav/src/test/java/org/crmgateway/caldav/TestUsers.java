package org.crmgateway.caldav;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crmgateway.crm.EmailAddress;
import org.crmgateway.crm.NewUser;
import org.crmgateway.crm.Role;
import org.crmgateway.crm.StaffUser;
import org.crmgateway.crm.StaffUsers;
import org.crmgateway.crm.TenantId;
import org.crmgateway.crm.UserId;

/** Staff users for the module's tests: alice and bob in tenant 1, carol in tenant 2; password = "secret-" + name. */
public final class TestUsers implements StaffUsers {
    public static final StaffUser ALICE = user(11, 1, "alice");
    public static final StaffUser BOB = user(12, 1, "bob");
    public static final StaffUser CAROL = user(21, 2, "carol");
    private static final Map<String, StaffUser> USERS = Map.of("alice", ALICE, "bob", BOB, "carol", CAROL);

    public static String password(String username) {
        return "secret-" + username;
    }

    private static StaffUser user(long id, long tenant, String name) {
        return new StaffUser(UserId.of(id), TenantId.of(tenant), name, new EmailAddress(name + "@staff.example"),
                List.of(), Role.USER, "{plain}" + password(name), true);
    }

    @Override
    public StaffUser create(TenantId tenant, NewUser user) {
        throw new UnsupportedOperationException("Fixed test users");
    }

    @Override
    public Optional<StaffUser> find(TenantId tenant, UserId id) {
        return USERS.values().stream().filter(u -> u.tenant().equals(tenant) && u.id().equals(id)).findFirst();
    }

    @Override
    public Optional<StaffUser> byUsername(String username) {
        return Optional.ofNullable(USERS.get(username));
    }

    @Override
    public List<StaffUser> list(TenantId tenant) {
        return USERS.values().stream().filter(u -> u.tenant().equals(tenant)).toList();
    }

    @Override
    public void changePassword(TenantId tenant, UserId id, String passwordHash) {
        throw new UnsupportedOperationException("Fixed test users");
    }
}
