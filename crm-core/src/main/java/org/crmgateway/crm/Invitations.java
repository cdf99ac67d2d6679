package org.crmgateway.crm;

import java.util.List;
import java.util.Optional;

/**
 * The hand-over point for invitations in mail. Durable: an invitation stays unprocessed until
 * calendar sync marks it, so one missed event is picked up by {@link #unprocessed}.
 */
public interface Invitations {

    Optional<Invitation> find(TenantId tenant, long id);

    List<Invitation> unprocessed(int limit);

    void markProcessed(TenantId tenant, long id);
}
