package org.crmgateway.crm;

import java.util.List;

/** The unresolved list (rule 9). */
public interface Unresolved {

    List<UnresolvedMessage> list(TenantId tenant, int limit);

    /**
     * Links the message to the partner. A person partner also learns the message's unknown
     * addresses, so that the other unresolved messages of those addresses follow it.
     *
     * @return how many unresolved messages were resolved by this assignment (at least one)
     */
    int assign(TenantId tenant, long unresolvedId, PartnerId partner);
}
