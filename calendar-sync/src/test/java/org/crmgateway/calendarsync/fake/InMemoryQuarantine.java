package org.crmgateway.calendarsync.fake;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.crmgateway.crm.Quarantine;
import org.crmgateway.crm.QuarantineItem;
import org.crmgateway.crm.QuarantineReason;
import org.crmgateway.crm.QuarantinedEntry;
import org.crmgateway.crm.TenantId;

/** A quarantine list in memory; {@link #retry} is left to the test, which publishes the event itself. */
public class InMemoryQuarantine implements Quarantine {
    private final List<QuarantinedEntry> entries = new ArrayList<>();
    private final List<byte[]> raws = new ArrayList<>();

    public synchronized long add(QuarantineItem item) {
        long id = entries.size() + 1;
        entries.add(new QuarantinedEntry(id, item.source(), item.reason(), item.detail(), Instant.now(),
                item.raw().length, 0));
        raws.add(item.raw());
        return id;
    }

    @Override
    public synchronized List<QuarantinedEntry> list(TenantId tenant, int limit) {
        return entries.stream().filter(e -> e != null).limit(limit).toList();
    }

    @Override
    public synchronized Optional<QuarantinedEntry> find(TenantId tenant, long id) {
        return id < 1 || id > entries.size() ? Optional.empty() : Optional.ofNullable(entries.get((int) id - 1));
    }

    @Override
    public synchronized Optional<byte[]> raw(TenantId tenant, long id) {
        return find(tenant, id).map(e -> raws.get((int) id - 1));
    }

    @Override
    public void retry(TenantId tenant, long id) {
        throw new UnsupportedOperationException("tests publish QuarantineRetryRequested themselves");
    }

    @Override
    public synchronized void resolve(TenantId tenant, long id) {
        entries.set((int) id - 1, null);
    }

    @Override
    public synchronized void retryFailed(TenantId tenant, long id, QuarantineReason reason, String detail) {
        QuarantinedEntry e = entries.get((int) id - 1);
        entries.set((int) id - 1, new QuarantinedEntry(id, e.source(), reason, detail, e.quarantinedAt(), e.rawSize(),
                e.retries() + 1));
    }
}
