package org.crmgateway.crm.staff;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crmgateway.crm.CrmConflictException;
import org.crmgateway.crm.CrmNotFoundException;
import org.crmgateway.crm.EmailAddress;
import org.crmgateway.crm.NewUser;
import org.crmgateway.crm.Role;
import org.crmgateway.crm.StaffUser;
import org.crmgateway.crm.StaffUsers;
import org.crmgateway.crm.TenantId;
import org.crmgateway.crm.UserId;
import org.crmgateway.crm.matching.AddressKeys;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class JdbcStaffUsers implements StaffUsers {

    private static final String SELECT = """
            select u.id, u.tenant_id, u.username, u.role, u.password_hash, u.enabled, a.address, a.primary_address
            from app_user u left join user_address a on a.user_id = u.id
            """;

    private final JdbcClient jdbc;

    JdbcStaffUsers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public StaffUser create(TenantId tenant, NewUser user) {
        if (byUsername(user.username()).isPresent()) {
            throw new CrmConflictException("Username '%s' is taken".formatted(user.username()));
        }
        List<EmailAddress> addresses = new ArrayList<>();
        addresses.add(user.email());
        user.aliases().stream().filter(a -> !addresses.contains(a)).forEach(addresses::add);
        for (EmailAddress a : addresses) {
            jdbc.sql("""
                    select u.username from user_address a join app_user u on u.id = a.user_id
                    where a.tenant_id = :t and a.address_key = :k""")
                    .param("t", tenant.value()).param("k", AddressKeys.addressKey(a)).query(String.class).optional()
                    .ifPresent(owner -> {
                        throw new CrmConflictException("Address %s belongs to user '%s'".formatted(a, owner));
                    });
        }
        var key = new GeneratedKeyHolder();
        jdbc.sql("insert into app_user (tenant_id, username, role, password_hash, enabled) values (:t, :u, :r, :p, true)")
                .param("t", tenant.value()).param("u", user.username()).param("r", user.role().name())
                .param("p", user.passwordHash()).update(key, "id");
        long id = key.getKeyAs(Long.class);
        for (EmailAddress a : addresses) {
            jdbc.sql("""
                    insert into user_address (tenant_id, user_id, address, address_key, base_key, primary_address)
                    values (:t, :u, :a, :k, :b, :p)""")
                    .param("t", tenant.value()).param("u", id).param("a", a.value())
                    .param("k", AddressKeys.addressKey(a)).param("b", AddressKeys.baseKey(a))
                    .param("p", a.equals(user.email())).update();
        }
        return find(tenant, UserId.of(id)).orElseThrow();
    }

    @Override
    public Optional<StaffUser> find(TenantId tenant, UserId id) {
        return read(jdbc.sql(SELECT + " where u.tenant_id = :t and u.id = :id order by a.id")
                .param("t", tenant.value()).param("id", id.value())).stream().findFirst();
    }

    @Override
    public Optional<StaffUser> byUsername(String username) {
        return read(jdbc.sql(SELECT + " where u.username = :u order by a.id").param("u", username))
                .stream().findFirst();
    }

    @Override
    public List<StaffUser> list(TenantId tenant) {
        return read(jdbc.sql(SELECT + " where u.tenant_id = :t order by u.id, a.id").param("t", tenant.value()));
    }

    @Override
    @Transactional
    public void changePassword(TenantId tenant, UserId id, String passwordHash) {
        int n = jdbc.sql("update app_user set password_hash = :p where tenant_id = :t and id = :id")
                .param("p", passwordHash).param("t", tenant.value()).param("id", id.value()).update();
        if (n == 0) {
            throw new CrmNotFoundException("User", id);
        }
    }

    private static List<StaffUser> read(JdbcClient.StatementSpec spec) {
        Map<Long, Row> rows = new LinkedHashMap<>();
        spec.query((ResultSet rs) -> {
            long id = rs.getLong("id");
            Row row = rows.get(id);
            if (row == null) {
                row = Row.of(rs);
                rows.put(id, row);
            }
            String address = rs.getString("address");
            if (address != null) {
                if (rs.getBoolean("primary_address")) {
                    row.primary = new EmailAddress(address);
                } else {
                    row.aliases.add(new EmailAddress(address));
                }
            }
        });
        return rows.values().stream().map(Row::toUser).toList();
    }

    private static final class Row {
        long id;
        long tenant;
        String username = "";
        Role role = Role.USER;
        String passwordHash = "";
        boolean enabled;
        EmailAddress primary = new EmailAddress("unknown@invalid");
        final List<EmailAddress> aliases = new ArrayList<>();

        static Row of(ResultSet rs) throws SQLException {
            Row r = new Row();
            r.id = rs.getLong("id");
            r.tenant = rs.getLong("tenant_id");
            r.username = rs.getString("username");
            r.role = Role.valueOf(rs.getString("role"));
            r.passwordHash = rs.getString("password_hash");
            r.enabled = rs.getBoolean("enabled");
            return r;
        }

        StaffUser toUser() {
            return new StaffUser(UserId.of(id), TenantId.of(tenant), username, primary, List.copyOf(aliases), role,
                    passwordHash, enabled);
        }
    }
}
