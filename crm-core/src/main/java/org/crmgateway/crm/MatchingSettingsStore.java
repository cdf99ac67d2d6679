package org.crmgateway.crm;

/** Reads and replaces a tenant's matching rules; a tenant that never set them has {@link MatchingSettings#DEFAULT}. */
public interface MatchingSettingsStore {

    MatchingSettings get(TenantId tenant);

    void put(TenantId tenant, MatchingSettings settings);
}
