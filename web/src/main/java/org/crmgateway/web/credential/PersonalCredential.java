package org.crmgateway.web.credential;

import java.time.Instant;

import org.crmgateway.crm.TenantId;
import org.crmgateway.crm.UserId;
import org.jspecify.annotations.Nullable;

/** A personal credential as listed; the secret itself is never stored. */
public record PersonalCredential(long id, TenantId tenant, UserId user, CredentialKind kind, String name,
                                 Instant createdAt, @Nullable Instant lastUsedAt, @Nullable Instant revokedAt) {

    public boolean active() {
        return revokedAt == null;
    }
}
