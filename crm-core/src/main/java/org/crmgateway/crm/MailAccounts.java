package org.crmgateway.crm;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Registered mailboxes and their sync status. Several gateway instances may share one database:
 * an account is synced by the instance that holds its lease.
 */
public interface MailAccounts {

    /** Stores the account (secret encrypted) and publishes {@link MailAccountRegistered}. */
    MailAccount register(TenantId tenant, NewMailAccount account);

    Optional<MailAccount> find(TenantId tenant, long id);

    List<MailAccount> list(TenantId tenant);

    /** Every account of every tenant that is not disabled: what the sync scheduler works through. */
    List<MailAccount> active();

    /** The decrypted password or token. Never log or return it. */
    String secret(TenantId tenant, long id);

    void reportState(TenantId tenant, long id, SyncState state, @Nullable String lastError);

    void reportFolder(TenantId tenant, long id, FolderProgress progress);

    List<FolderProgress> folders(TenantId tenant, long id);

    /** Takes or renews the lease of an account for {@code ttl}; false when another live instance holds it. */
    boolean lease(long id, String instance, Duration ttl);

    void release(long id, String instance);

    void delete(TenantId tenant, long id);
}
