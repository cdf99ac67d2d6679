package org.crmgateway.crm.history;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crmgateway.crm.NewPartner;
import org.crmgateway.crm.PartnerId;
import org.crmgateway.crm.PartnerKind;
import org.crmgateway.crm.Partners;
import org.crmgateway.crm.TenantId;
import org.crmgateway.crm.matching.AddressKeys;
import org.crmgateway.crm.matching.MatchResult;
import org.crmgateway.crm.matching.MatchResult.Created;
import org.crmgateway.crm.matching.MatchResult.NewContact;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Rule 5, CREATE_CONTACT: a person per unknown address, named by its display name (else the local
 * part), in the company of its domain, which is created (named after the domain) when no company
 * owns it yet. Free-mail addresses get no company.
 */
@Component
class ContactCreator {

    private final Partners partners;
    private final JdbcClient jdbc;

    ContactCreator(Partners partners, JdbcClient jdbc) {
        this.partners = partners;
        this.jdbc = jdbc;
    }

    MatchResult create(TenantId tenant, MatchResult result) {
        Map<String, Created> created = new HashMap<>();
        for (NewContact c : result.toCreate()) {
            Long company = c.companyDomain() == null ? null : company(tenant, c.companyDomain());
            // under case-sensitive comparison an address may differ from a stored one only in case
            Long existing = jdbc.sql("select partner_id from partner_email where tenant_id = :t and address_key = :k order by id")
                    .param("t", tenant.value()).param("k", AddressKeys.addressKey(c.address()))
                    .query(Long.class).list().stream().findFirst().orElse(null);
            long person = existing != null ? existing : partners.create(tenant, new NewPartner(PartnerKind.PERSON,
                    name(c), List.of(c.address()), List.of(), company == null ? null : PartnerId.of(company))).id().value();
            created.put(c.key(), new Created(person, company));
        }
        return result.withCreated(created);
    }

    private long company(TenantId tenant, String domain) {
        @Nullable Long owner = jdbc.sql("select partner_id from partner_domain where tenant_id = :t and domain = :d")
                .param("t", tenant.value()).param("d", domain).query(Long.class).optional().orElse(null);
        if (owner != null) {
            return owner;
        }
        return partners.create(tenant, new NewPartner(PartnerKind.COMPANY, domain, List.of(), List.of(domain), null))
                .id().value();
    }

    private static String name(NewContact c) {
        String n = c.displayName() == null ? "" : c.displayName().strip();
        n = n.isEmpty() ? c.address().localPart() : n;
        return n.length() > 300 ? n.substring(0, 300) : n;
    }
}
