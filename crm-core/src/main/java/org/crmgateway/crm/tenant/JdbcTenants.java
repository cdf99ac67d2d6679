package org.crmgateway.crm.tenant;

import java.util.List;
import java.util.Optional;
import org.crmgateway.crm.CrmConflictException;
import org.crmgateway.crm.CrmValidationException;
import org.crmgateway.crm.Tenant;
import org.crmgateway.crm.TenantId;
import org.crmgateway.crm.Tenants;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class JdbcTenants implements Tenants {

    private final JdbcClient jdbc;

    JdbcTenants(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public Tenant create(String name) {
        String n = name.strip();
        if (n.isEmpty() || n.length() > 200) {
            throw new CrmValidationException("name", "must be 1 to 200 characters");
        }
        if (byName(n).isPresent()) {
            throw new CrmConflictException("Tenant '%s' exists already".formatted(n));
        }
        var key = new GeneratedKeyHolder();
        jdbc.sql("insert into tenant (name) values (:name)").param("name", n).update(key, "id");
        return new Tenant(TenantId.of(key.getKeyAs(Long.class)), n);
    }

    @Override
    public Optional<Tenant> find(TenantId id) {
        return jdbc.sql("select id, name from tenant where id = :id").param("id", id.value())
                .query((rs, i) -> new Tenant(TenantId.of(rs.getLong("id")), rs.getString("name"))).optional();
    }

    @Override
    public Optional<Tenant> byName(String name) {
        return jdbc.sql("select id, name from tenant where name = :name").param("name", name.strip())
                .query((rs, i) -> new Tenant(TenantId.of(rs.getLong("id")), rs.getString("name"))).optional();
    }

    @Override
    public List<Tenant> list() {
        return jdbc.sql("select id, name from tenant order by id")
                .query((rs, i) -> new Tenant(TenantId.of(rs.getLong("id")), rs.getString("name"))).list();
    }
}
