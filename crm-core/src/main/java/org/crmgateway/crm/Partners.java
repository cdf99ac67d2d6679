package org.crmgateway.crm;

import java.util.List;
import java.util.Optional;

/** Creates and finds partners of a tenant. */
public interface Partners {

    /**
     * @throws CrmValidationException a field is invalid (unknown company, wrong kind)
     * @throws CrmConflictException   an address already belongs to another person, or a domain to another company
     */
    Partner create(TenantId tenant, NewPartner partner);

    Optional<Partner> find(TenantId tenant, PartnerId id);

    /** Partners whose name, address or domain contains the query (case-insensitive); all when blank. */
    List<Partner> search(TenantId tenant, String query, int limit);

    /** Teaches a person an address (used when an unresolved message is assigned to it). */
    Partner addEmail(TenantId tenant, PartnerId person, EmailAddress address);

    /** The persons who belong to a company, by name. Implementations may answer it with one query. */
    default List<Partner> persons(TenantId tenant, PartnerId company) {
        return search(tenant, "", 10_000).stream()
                .filter(p -> p.kind() == PartnerKind.PERSON && company.equals(p.companyId()))
                .sorted(java.util.Comparator.comparing(Partner::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }
}
