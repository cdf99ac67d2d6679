package org.crmgateway.crm;

import java.util.ArrayList;
import java.util.List;

/**
 * What one step of a sync hands to the core: the captures and quarantined items read, the
 * source keys withdrawn (calendar objects deleted on the server), and the checkpoint they bring
 * the source to. The checkpoint is required, so a caller cannot record without advancing it, or
 * advance it without recording: both happen in one transaction.
 */
public record SourceBatch(Checkpoint checkpoint, List<Capture> captures, List<QuarantineItem> quarantined,
                          List<String> withdrawnSourceKeys) {

    public SourceBatch {
        captures = List.copyOf(captures);
        quarantined = List.copyOf(quarantined);
        withdrawnSourceKeys = List.copyOf(withdrawnSourceKeys);
        for (Capture c : captures) {
            if (!c.tenant().equals(checkpoint.tenant())) {
                throw new IllegalArgumentException("Capture of tenant %s in a batch of tenant %s"
                        .formatted(c.tenant(), checkpoint.tenant()));
            }
        }
        for (QuarantineItem q : quarantined) {
            if (!q.tenant().equals(checkpoint.tenant())) {
                throw new IllegalArgumentException("Quarantine item of another tenant in the batch");
            }
        }
    }

    public static Builder to(Checkpoint checkpoint) {
        return new Builder(checkpoint);
    }

    /** Collects a batch; {@code SourceBatch.to(checkpoint).add(capture).quarantine(item).build()}. */
    public static final class Builder {
        private final Checkpoint checkpoint;
        private final List<Capture> captures = new ArrayList<>();
        private final List<QuarantineItem> quarantined = new ArrayList<>();
        private final List<String> withdrawn = new ArrayList<>();

        private Builder(Checkpoint checkpoint) {
            this.checkpoint = checkpoint;
        }

        public Builder add(Capture capture) { captures.add(capture); return this; }
        public Builder quarantine(QuarantineItem item) { quarantined.add(item); return this; }
        public Builder withdraw(String sourceKey) { withdrawn.add(sourceKey); return this; }
        public int size() { return captures.size() + quarantined.size() + withdrawn.size(); }

        public SourceBatch build() {
            return new SourceBatch(checkpoint, captures, quarantined, withdrawn);
        }
    }
}
