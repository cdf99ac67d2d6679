package org.crmgateway.crm;

import java.time.Instant;

/** A quarantined item as listed: no raw bytes (they are read with {@link Quarantine#raw}). */
public record QuarantinedEntry(long id, SourceRef source, QuarantineReason reason, String detail, Instant quarantinedAt,
                               long rawSize, int retries) {
}
