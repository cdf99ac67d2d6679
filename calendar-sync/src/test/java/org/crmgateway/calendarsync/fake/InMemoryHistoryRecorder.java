package org.crmgateway.calendarsync.fake;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crmgateway.crm.BatchResult;
import org.crmgateway.crm.Capture;
import org.crmgateway.crm.CaptureOutcome;
import org.crmgateway.crm.HistoryRecorder;
import org.crmgateway.crm.QuarantineItem;
import org.crmgateway.crm.SourceBatch;
import org.crmgateway.crm.checkpoint.JdbcCheckpoints;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A recorder that keeps the latest capture per source key in memory and stores the checkpoint in
 * the real table, inside the caller's transaction: what sync hands over can be inspected exactly.
 */
public class InMemoryHistoryRecorder implements HistoryRecorder {
    private final JdbcCheckpoints checkpoints;
    public final Map<String, Capture> meetings = new HashMap<>();
    public final Map<String, Integer> recordings = new HashMap<>();
    public final Set<String> withdrawn = new HashSet<>();
    public final List<QuarantineItem> quarantined = new ArrayList<>();

    public InMemoryHistoryRecorder(JdbcCheckpoints checkpoints) {
        this.checkpoints = checkpoints;
    }

    @Override
    public synchronized BatchResult record(SourceBatch batch) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("A batch must be recorded inside the caller's transaction");
        }
        List<CaptureOutcome> outcomes = new ArrayList<>();
        for (Capture c : batch.captures()) {
            boolean known = meetings.put(c.sourceKey(), c) != null;
            recordings.merge(c.sourceKey(), 1, Integer::sum);
            withdrawn.remove(c.sourceKey());
            outcomes.add(new CaptureOutcome(c.sourceKey(),
                    known ? CaptureOutcome.Kind.UPDATED : CaptureOutcome.Kind.RECORDED, null, ""));
        }
        withdrawn.addAll(batch.withdrawnSourceKeys());
        quarantined.addAll(batch.quarantined());
        checkpoints.save(batch.checkpoint());
        return new BatchResult(outcomes, batch.quarantined().size(), batch.withdrawnSourceKeys().size());
    }

    public synchronized void clear() {
        meetings.clear();
        recordings.clear();
        withdrawn.clear();
        quarantined.clear();
    }
}
