package org.crmgateway.crm.matching;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crmgateway.crm.EmailAddress;
import org.crmgateway.crm.TenantId;
import org.crmgateway.crm.db.Sql;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The production {@link PartnerIndex}: every address of a message in one indexed IN(...) query over
 * partner addresses, every candidate domain in a second one. Staff addresses, few per tenant, are
 * read once per index; the history recorder creates one index per batch.
 */
public final class JdbcPartnerIndex implements PartnerIndex {

    private final JdbcClient jdbc;
    private final TenantId tenant;
    private @Nullable Map<String, List<AddressOwner>> staff;

    public JdbcPartnerIndex(JdbcClient jdbc, TenantId tenant) {
        this.jdbc = jdbc;
        this.tenant = tenant;
    }

    @Override
    public List<AddressOwner> owners(Collection<String> baseKeys) {
        if (baseKeys.isEmpty()) {
            return List.of();
        }
        List<AddressOwner> owners = new ArrayList<>();
        for (String k : baseKeys) {
            owners.addAll(staff().getOrDefault(k, List.of()));
        }
        jdbc.sql("""
                select e.address, p.kind, e.partner_id, p.company_id
                  from partner_email e join partner p on p.id = e.partner_id
                 where e.base_key in (:keys) and e.tenant_id = :t""")
                .param("t", tenant.value()).param("keys", baseKeys)
                .query(rs -> {
                    owners.add(new AddressOwner(new EmailAddress(rs.getString(1)), AddressOwner.Kind.valueOf(rs.getString(2)),
                            rs.getLong(3), Sql.nullableLong(rs, "company_id")));
                });
        return owners;
    }

    /** The tenant's staff addresses, read once per index (an index lives for one batch). */
    private Map<String, List<AddressOwner>> staff() {
        if (staff == null) {
            Map<String, List<AddressOwner>> byKey = new HashMap<>();
            jdbc.sql("select address, base_key, user_id from user_address where tenant_id = :t")
                    .param("t", tenant.value())
                    .query(rs -> {
                        byKey.computeIfAbsent(rs.getString(2), k -> new ArrayList<>(1)).add(new AddressOwner(
                                new EmailAddress(rs.getString(1)), AddressOwner.Kind.STAFF, rs.getLong(3), null));
                    });
            staff = byKey;
        }
        return staff;
    }

    @Override
    public Map<String, Long> companiesByDomain(Collection<String> domains) {
        Map<String, Long> found = new HashMap<>();
        if (!domains.isEmpty()) {
            jdbc.sql("select domain, partner_id from partner_domain where tenant_id = :t and domain in (:d)")
                    .param("t", tenant.value()).param("d", domains)
                    .query(rs -> {
                        found.put(rs.getString(1), rs.getLong(2));
                    });
        }
        return found;
    }

    @Override
    public Map<Long, Instant> lastActivity(Collection<Long> persons) {
        Map<Long, Instant> found = new HashMap<>();
        if (!persons.isEmpty()) {
            jdbc.sql("""
                    select partner_id, max(occurred_at) as last_at from activity_partner
                    where tenant_id = :t and partner_id in (:p) group by partner_id""")
                    .param("t", tenant.value()).param("p", persons)
                    .query(rs -> {
                        found.put(rs.getLong(1), Sql.requiredInstant(rs, "last_at"));
                    });
        }
        return found;
    }
}
