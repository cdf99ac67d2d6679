package org.crmgateway.calendarsync.fake;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.crmgateway.crm.ActivityId;
import org.crmgateway.crm.Invitation;
import org.crmgateway.crm.Invitations;
import org.crmgateway.crm.TenantId;
import org.crmgateway.crm.UserId;

/** Invitations as the core hands them over, kept in memory. */
public class InMemoryInvitations implements Invitations {
    private final List<Invitation> all = new ArrayList<>();
    private final AtomicLong ids = new AtomicLong();

    public synchronized Invitation add(TenantId tenant, UserId owner, long mailActivity, String text) {
        Invitation i = new Invitation(ids.incrementAndGet(), tenant, new ActivityId(mailActivity), owner, text, false);
        all.add(i);
        return i;
    }

    @Override
    public synchronized Optional<Invitation> find(TenantId tenant, long id) {
        return all.stream().filter(i -> i.id() == id && i.tenant().equals(tenant)).findFirst();
    }

    @Override
    public synchronized List<Invitation> unprocessed(int limit) {
        return all.stream().filter(i -> !i.processed()).limit(limit).toList();
    }

    @Override
    public synchronized void markProcessed(TenantId tenant, long id) {
        all.replaceAll(i -> i.id() == id && i.tenant().equals(tenant)
                ? new Invitation(i.id(), i.tenant(), i.mail(), i.owner(), i.calendarText(), true) : i);
    }
}
