package org.crmgateway.crm;

import java.util.List;
import java.util.Optional;

/** The tenants a provider hosts; single-company use has just {@link TenantId#DEFAULT}. */
public interface Tenants {

    /** @throws CrmConflictException the name is taken */
    Tenant create(String name);

    Optional<Tenant> find(TenantId id);

    Optional<Tenant> byName(String name);

    List<Tenant> list();
}
