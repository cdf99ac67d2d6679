package org.crmgateway.crm.matching;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The lookups the {@link Matcher} needs, in batches: one call per message, never one per address.
 * Implementations are scoped to one tenant.
 */
public interface PartnerIndex {

    /** Staff users and partners owning an address whose {@link AddressKeys#baseKey base key} is given. */
    List<AddressOwner> owners(Collection<String> baseKeys);

    /** The company owning each of the given domains (exact domains, lower-case ASCII); absent ones are left out. */
    Map<String, Long> companiesByDomain(Collection<String> domains);

    /** When each of the persons last had an activity; persons without any are left out. Used for rule 8 ties only. */
    Map<Long, Instant> lastActivity(Collection<Long> persons);
}
