package org.crmgateway.caldav;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.crmgateway.crm.BatchResult;
import org.crmgateway.crm.Checkpoints;
import org.crmgateway.crm.HistoryRecorder;
import org.crmgateway.crm.SourceBatch;
import org.crmgateway.crm.SourceKind;
import org.crmgateway.crm.TenantId;

/** Stands in for the core's recorder in module tests: keeps every batch and the checkpoints they carried. */
public final class RecordingHistory implements HistoryRecorder, Checkpoints {
    private final List<SourceBatch> batches = new CopyOnWriteArrayList<>();
    private final Map<String, String> positions = new ConcurrentHashMap<>();

    @Override
    public BatchResult record(SourceBatch batch) {
        batches.add(batch);
        var c = batch.checkpoint();
        positions.put(key(c.tenant(), c.kind(), c.accountId(), c.scope()), c.position());
        return new BatchResult(List.of(), batch.quarantined().size(), batch.withdrawnSourceKeys().size());
    }

    @Override
    public Optional<String> position(TenantId tenant, SourceKind kind, long accountId, String scope) {
        return Optional.ofNullable(positions.get(key(tenant, kind, accountId, scope)));
    }

    public List<SourceBatch> batches() {
        return List.copyOf(batches);
    }

    private static String key(TenantId tenant, SourceKind kind, long accountId, String scope) {
        return tenant + "|" + kind + "|" + accountId + "|" + scope;
    }
}
