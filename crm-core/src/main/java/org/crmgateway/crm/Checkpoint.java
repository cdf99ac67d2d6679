package org.crmgateway.crm;

/**
 * The position reached in one source scope: {@code "uidvalidity:lastUid"} of an IMAP folder, the
 * sync-token or ctag of a calendar. Stored only together with what it covers, by
 * {@link HistoryRecorder#record(SourceBatch)}.
 *
 * @param accountId the mail or calendar account
 * @param scope     folder name or calendar href
 * @param position  opaque to the core; the edge that wrote it reads it back through {@link Checkpoints}
 */
public record Checkpoint(TenantId tenant, SourceKind kind, long accountId, String scope, String position) {
    public Checkpoint {
        if (position.length() > 4000) {
            throw new IllegalArgumentException("Checkpoint position too long");
        }
    }
}
