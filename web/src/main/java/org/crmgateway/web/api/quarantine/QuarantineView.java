package org.crmgateway.web.api.quarantine;

import java.time.Instant;

import org.crmgateway.crm.QuarantineReason;
import org.crmgateway.crm.QuarantinedEntry;
import org.crmgateway.crm.SourceKind;

/** A quarantined item: where it came from, why it could not be read, how often it was retried. */
record QuarantineView(long id, SourceKind sourceKind, long accountId, String scope, String locator,
                      QuarantineReason reason, String detail, Instant quarantinedAt, long rawSize, int retries) {

    static QuarantineView of(QuarantinedEntry e) {
        return new QuarantineView(e.id(), e.source().kind(), e.source().accountId(), e.source().scope(),
                e.source().locator(), e.reason(), e.detail(), e.quarantinedAt(), e.rawSize(), e.retries());
    }
}
