package org.crmgateway.crm.partner;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.crmgateway.crm.CrmConflictException;
import org.crmgateway.crm.CrmNotFoundException;
import org.crmgateway.crm.CrmValidationException;
import org.crmgateway.crm.EmailAddress;
import org.crmgateway.crm.NewPartner;
import org.crmgateway.crm.Partner;
import org.crmgateway.crm.PartnerId;
import org.crmgateway.crm.PartnerKind;
import org.crmgateway.crm.Partners;
import org.crmgateway.crm.TenantId;
import org.crmgateway.crm.matching.AddressKeys;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Partners in the database. {@link #create} refuses an address that another partner owns (409,
 * naming the owner); {@link #addEmail} is the deliberate way to share one address between persons
 * (a shared mailbox, a person in two companies), which the matcher's shared-address policy resolves.
 */
@Service
class JdbcPartners implements Partners {

    private final JdbcClient jdbc;

    JdbcPartners(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public Partner create(TenantId tenant, NewPartner partner) {
        if (partner.companyId() != null) {
            Partner company = find(tenant, partner.companyId())
                    .orElseThrow(() -> new CrmValidationException("companyId", "no such company: " + partner.companyId()));
            if (company.kind() != PartnerKind.COMPANY) {
                throw new CrmValidationException("companyId", "partner %s is not a company".formatted(company.id()));
            }
        }
        for (EmailAddress a : partner.emails()) {
            owner(tenant, a).ifPresent(owner -> {
                throw new CrmConflictException("Address %s already belongs to %s '%s' (id %d)"
                        .formatted(a, owner.kind().name().toLowerCase(Locale.ROOT), owner.name(), owner.id()));
            });
        }
        for (String d : partner.domains()) {
            jdbc.sql("select p.name from partner_domain d join partner p on p.id = d.partner_id where d.tenant_id = :t and d.domain = :d")
                    .param("t", tenant.value()).param("d", d).query(String.class).optional().ifPresent(owner -> {
                        throw new CrmConflictException("Domain %s already belongs to company '%s'".formatted(d, owner));
                    });
        }
        var key = new GeneratedKeyHolder();
        jdbc.sql("insert into partner (tenant_id, kind, name, company_id) values (:t, :k, :n, :c)")
                .param("t", tenant.value()).param("k", partner.kind().name()).param("n", partner.name().strip())
                .param("c", partner.companyId() == null ? null : partner.companyId().value()).update(key, "id");
        PartnerId id = PartnerId.of(key.getKeyAs(Long.class));
        partner.emails().stream().distinct().forEach(a -> insertEmail(tenant, id, a));
        for (String d : partner.domains()) {
            jdbc.sql("insert into partner_domain (tenant_id, partner_id, domain) values (:t, :p, :d)")
                    .param("t", tenant.value()).param("p", id.value()).param("d", d).update();
        }
        return find(tenant, id).orElseThrow();
    }

    @Override
    public Optional<Partner> find(TenantId tenant, PartnerId id) {
        return load(tenant, List.of(id.value())).stream().findFirst();
    }

    @Override
    public List<Partner> search(TenantId tenant, String query, int limit) {
        String q = "%" + query.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_") + "%";
        List<Long> ids = jdbc.sql("""
                select p.id from partner p where p.tenant_id = :t and (lower(p.name) like :q escape '\\'
                  or exists (select 1 from partner_email e where e.partner_id = p.id and e.address_key like :q escape '\\')
                  or exists (select 1 from partner_domain d where d.partner_id = p.id and d.domain like :q escape '\\'))
                order by p.name, p.id limit :n
                """).param("t", tenant.value()).param("q", q).param("n", Math.max(0, limit)).query(Long.class).list();
        return load(tenant, ids);
    }

    @Override
    public List<Partner> persons(TenantId tenant, PartnerId company) {
        return load(tenant, jdbc.sql("""
                select id from partner where company_id = :c and tenant_id = :t and kind = 'PERSON'
                order by lower(name), id""").param("c", company.value()).param("t", tenant.value())
                .query(Long.class).list());
    }

    @Override
    @Transactional
    public Partner addEmail(TenantId tenant, PartnerId person, EmailAddress address) {
        Partner p = find(tenant, person).orElseThrow(() -> new CrmNotFoundException("Partner", person));
        if (p.kind() != PartnerKind.PERSON) {
            throw new CrmValidationException("partnerId", "only a person learns addresses");
        }
        boolean known = p.emails().stream().anyMatch(e -> AddressKeys.addressKey(e).equals(AddressKeys.addressKey(address)));
        if (!known) {
            insertEmail(tenant, person, address);
        }
        return find(tenant, person).orElseThrow();
    }

    private void insertEmail(TenantId tenant, PartnerId id, EmailAddress a) {
        jdbc.sql("""
                insert into partner_email (tenant_id, partner_id, address, address_key, base_key)
                values (:t, :p, :a, :k, :b)""")
                .param("t", tenant.value()).param("p", id.value()).param("a", a.value())
                .param("k", AddressKeys.addressKey(a)).param("b", AddressKeys.baseKey(a)).update();
    }

    private Optional<Owner> owner(TenantId tenant, EmailAddress address) {
        return jdbc.sql("""
                select p.id, p.kind, p.name from partner_email e join partner p on p.id = e.partner_id
                where e.tenant_id = :t and e.address_key = :k order by p.id""")
                .param("t", tenant.value()).param("k", AddressKeys.addressKey(address))
                .query((rs, i) -> new Owner(rs.getLong("id"), PartnerKind.valueOf(rs.getString("kind")), rs.getString("name")))
                .list().stream().findFirst();
    }

    private record Owner(long id, PartnerKind kind, String name) {
    }

    private List<Partner> load(TenantId tenant, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, List<EmailAddress>> emails = new HashMap<>();
        jdbc.sql("select partner_id, address from partner_email where tenant_id = :t and partner_id in (:ids) order by id")
                .param("t", tenant.value()).param("ids", ids)
                .query(rs -> {
                    emails.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new EmailAddress(rs.getString(2)));
                });
        Map<Long, List<String>> domains = new HashMap<>();
        jdbc.sql("select partner_id, domain from partner_domain where tenant_id = :t and partner_id in (:ids) order by id")
                .param("t", tenant.value()).param("ids", ids)
                .query(rs -> {
                    domains.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
                });
        Map<Long, Partner> byId = new HashMap<>();
        jdbc.sql("select id, kind, name, company_id from partner where tenant_id = :t and id in (:ids)")
                .param("t", tenant.value()).param("ids", ids)
                .query(rs -> {
                    long id = rs.getLong("id");
                    long company = rs.getLong("company_id");
                    @Nullable PartnerId companyId = rs.wasNull() ? null : PartnerId.of(company);
                    byId.put(id, new Partner(PartnerId.of(id), PartnerKind.valueOf(rs.getString("kind")),
                            rs.getString("name"), List.copyOf(emails.getOrDefault(id, List.of())),
                            List.copyOf(domains.getOrDefault(id, List.of())), companyId));
                });
        return ids.stream().map(byId::get).filter(p -> p != null).toList();
    }
}
