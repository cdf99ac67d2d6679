package org.crmgateway.crm;

import java.util.Optional;

/** Reads back the positions that {@link HistoryRecorder} stored with their activities. */
public interface Checkpoints {

    Optional<String> position(TenantId tenant, SourceKind kind, long accountId, String scope);
}
