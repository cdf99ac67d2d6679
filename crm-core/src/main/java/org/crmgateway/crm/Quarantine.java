package org.crmgateway.crm;

import java.util.List;
import java.util.Optional;

/** What could not be parsed, and retrying it after a fix. */
public interface Quarantine {

    List<QuarantinedEntry> list(TenantId tenant, int limit);

    Optional<QuarantinedEntry> find(TenantId tenant, long id);

    Optional<byte[]> raw(TenantId tenant, long id);

    /**
     * Asks the module that owns the item's source to parse it again: publishes
     * {@link QuarantineRetryRequested}. The owner records the result with {@link #resolve}
     * (parsed now) or leaves the item where it is with an updated reason.
     */
    void retry(TenantId tenant, long id);

    /** Removes the item after it was parsed and recorded on retry; no-op when already gone. */
    void resolve(TenantId tenant, long id);

    /** Keeps the item after a failed retry, with the new reason. */
    void retryFailed(TenantId tenant, long id, QuarantineReason reason, String detail);
}
