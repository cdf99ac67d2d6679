package org.crmgateway.bench.calendar;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.crmgateway.crm.BatchResult;
import org.crmgateway.crm.CalendarAccount;
import org.crmgateway.crm.CalendarAccounts;
import org.crmgateway.crm.Checkpoints;
import org.crmgateway.crm.FolderProgress;
import org.crmgateway.crm.HistoryRecorder;
import org.crmgateway.crm.NewCalendarAccount;
import org.crmgateway.crm.SourceBatch;
import org.crmgateway.crm.SourceKind;
import org.crmgateway.crm.SyncState;
import org.crmgateway.crm.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * The core's side of the boundary for the benchmark: checkpoints kept in memory, captures counted.
 * It isolates the cost of calendar sync (HTTP, parsing, expansion, bookkeeping) from the core's
 * matching and inserts, which have their own benchmark.
 */
final class BenchCore implements HistoryRecorder, Checkpoints, CalendarAccounts {
    private final Map<String, String> positions = new ConcurrentHashMap<>();
    final AtomicLong captures = new AtomicLong();
    final AtomicLong withdrawn = new AtomicLong();
    private final String password;

    BenchCore(String password) {
        this.password = password;
    }

    private static String key(TenantId tenant, SourceKind kind, long account, String scope) {
        return tenant + "|" + kind + "|" + account + "|" + scope;
    }

    @Override
    public BatchResult record(SourceBatch batch) {
        captures.addAndGet(batch.captures().size());
        withdrawn.addAndGet(batch.withdrawnSourceKeys().size());
        var c = batch.checkpoint();
        positions.put(key(c.tenant(), c.kind(), c.accountId(), c.scope()), c.position());
        return new BatchResult(List.of(), batch.quarantined().size(), batch.withdrawnSourceKeys().size());
    }

    @Override
    public Optional<String> position(TenantId tenant, SourceKind kind, long accountId, String scope) {
        return Optional.ofNullable(positions.get(key(tenant, kind, accountId, scope)));
    }

    @Override
    public String secret(TenantId tenant, long id) {
        return password;
    }

    @Override
    public void reportState(TenantId tenant, long id, SyncState state, @Nullable String lastError) {
        if (state == SyncState.ERROR) {
            throw new IllegalStateException("sync failed: " + lastError);
        }
    }

    @Override
    public void reportCalendar(TenantId tenant, long id, FolderProgress progress) {
        // progress display is not part of the measurement
    }

    @Override
    public CalendarAccount register(TenantId tenant, NewCalendarAccount account) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Optional<CalendarAccount> find(TenantId tenant, long id) {
        return Optional.empty();
    }

    @Override
    public List<CalendarAccount> list(TenantId tenant) {
        return List.of();
    }

    @Override
    public List<CalendarAccount> active() {
        return List.of();
    }

    @Override
    public List<FolderProgress> calendars(TenantId tenant, long id) {
        return List.of();
    }

    @Override
    public boolean lease(long id, String instance, Duration ttl) {
        return true;
    }

    @Override
    public void release(long id, String instance) {
        // nothing leased
    }

    @Override
    public void delete(TenantId tenant, long id) {
        throw new UnsupportedOperationException();
    }
}
