package org.crmgateway.mailingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.crmgateway.crm.BatchResult;
import org.crmgateway.crm.Capture;
import org.crmgateway.crm.CaptureOutcome;
import org.crmgateway.crm.Checkpoint;
import org.crmgateway.crm.Checkpoints;
import org.crmgateway.crm.HistoryRecorder;
import org.crmgateway.crm.QuarantineItem;
import org.crmgateway.crm.SourceBatch;
import org.crmgateway.crm.SourceKind;
import org.crmgateway.crm.TenantId;

/**
 * A recorder for tests without a database: dedupes by source key and stores checkpoints, all or
 * nothing per batch, like the real one. Can be told to fail a given call, as a crash would.
 */
public final class InMemoryHistory implements HistoryRecorder, Checkpoints {
    private final Map<String, Capture> captures = new LinkedHashMap<>();
    private final Map<String, Integer> sources = new HashMap<>();
    private final List<QuarantineItem> quarantined = new ArrayList<>();
    private final Map<String, String> checkpoints = new HashMap<>();
    private final List<Checkpoint> recordedCheckpoints = new ArrayList<>();
    private final AtomicInteger calls = new AtomicInteger();
    private volatile int failOnCall = -1;

    @Override
    public synchronized BatchResult record(SourceBatch batch) {
        if (calls.incrementAndGet() == failOnCall) {
            throw new IllegalStateException("simulated failure while recording");
        }
        List<CaptureOutcome> outcomes = new ArrayList<>();
        for (Capture c : batch.captures()) {
            boolean known = captures.putIfAbsent(c.sourceKey(), c) != null;
            sources.merge(c.sourceKey(), 1, Integer::sum);
            outcomes.add(new CaptureOutcome(c.sourceKey(),
                    known ? CaptureOutcome.Kind.ALREADY_RECORDED : CaptureOutcome.Kind.RECORDED, null, ""));
        }
        quarantined.addAll(batch.quarantined());
        Checkpoint cp = batch.checkpoint();
        checkpoints.put(key(cp.tenant(), cp.kind(), cp.accountId(), cp.scope()), cp.position());
        recordedCheckpoints.add(cp);
        return new BatchResult(outcomes, batch.quarantined().size(), 0);
    }

    @Override
    public synchronized Optional<String> position(TenantId tenant, SourceKind kind, long accountId, String scope) {
        return Optional.ofNullable(checkpoints.get(key(tenant, kind, accountId, scope)));
    }

    public void failOnCall(int call) {
        failOnCall = call;
    }

    public synchronized List<Capture> captures() {
        return List.copyOf(captures.values());
    }

    public synchronized List<QuarantineItem> quarantined() {
        return List.copyOf(quarantined);
    }

    public synchronized List<Checkpoint> recordedCheckpoints() {
        return List.copyOf(recordedCheckpoints);
    }

    private static String key(TenantId tenant, SourceKind kind, long accountId, String scope) {
        return tenant + "|" + kind + "|" + accountId + "|" + scope;
    }
}
