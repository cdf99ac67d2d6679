package org.crmgateway.crm;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * Stores attachment content once per tenant by SHA-256, streamed: a 50 MB part is never held in
 * memory. Edges store the content while they parse and put only the digest into the capture.
 */
public interface AttachmentStore {

    StoredContent store(TenantId tenant, InputStream content) throws IOException;

    /** Opens stored content; empty when this tenant holds no such digest. */
    Optional<InputStream> open(TenantId tenant, String sha256) throws IOException;
}
