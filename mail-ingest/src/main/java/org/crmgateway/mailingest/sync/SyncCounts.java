package org.crmgateway.mailingest.sync;

import org.crmgateway.crm.BatchResult;
import org.crmgateway.crm.CaptureOutcome;

/** What one pass over a folder did, for the summary line. */
public record SyncCounts(long fetched, long recorded, long alreadyRecorded, long skipped, long quarantined) {
    public static final SyncCounts NONE = new SyncCounts(0, 0, 0, 0, 0);

    public SyncCounts plus(SyncCounts o) {
        return new SyncCounts(fetched + o.fetched, recorded + o.recorded, alreadyRecorded + o.alreadyRecorded,
                skipped + o.skipped, quarantined + o.quarantined);
    }

    public static SyncCounts of(long fetched, BatchResult r) {
        long recorded = r.count(CaptureOutcome.Kind.RECORDED) + r.count(CaptureOutcome.Kind.UPDATED)
                + r.count(CaptureOutcome.Kind.UNRESOLVED);
        return new SyncCounts(fetched, recorded, r.count(CaptureOutcome.Kind.ALREADY_RECORDED),
                r.count(CaptureOutcome.Kind.SKIPPED), r.quarantined());
    }

    @Override
    public String toString() {
        return "fetched %d, recorded %d, already recorded %d, skipped %d, quarantined %d"
                .formatted(fetched, recorded, alreadyRecorded, skipped, quarantined);
    }
}
