package org.crmgateway.crm;

import java.util.List;

/** What recording a {@link SourceBatch} did, one outcome per capture, in order. */
public record BatchResult(List<CaptureOutcome> outcomes, int quarantined, int withdrawn) {

    public long count(CaptureOutcome.Kind kind) {
        return outcomes.stream().filter(o -> o.kind() == kind).count();
    }
}
