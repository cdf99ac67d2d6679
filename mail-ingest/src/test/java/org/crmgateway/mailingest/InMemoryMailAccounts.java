package org.crmgateway.mailingest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.crmgateway.crm.FolderProgress;
import org.crmgateway.crm.MailAccount;
import org.crmgateway.crm.MailAccounts;
import org.crmgateway.crm.NewMailAccount;
import org.crmgateway.crm.SyncState;
import org.crmgateway.crm.TenantId;
import org.jspecify.annotations.Nullable;

/** Mail accounts for tests without a database. */
public final class InMemoryMailAccounts implements MailAccounts {
    private final Map<Long, MailAccount> accounts = new ConcurrentHashMap<>();
    private final Map<Long, String> secrets = new ConcurrentHashMap<>();
    private final Map<Long, Map<String, FolderProgress>> folders = new ConcurrentHashMap<>();
    private final Map<Long, String> leases = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();

    @Override
    public MailAccount register(TenantId tenant, NewMailAccount a) {
        long id = ids.incrementAndGet();
        MailAccount account = new MailAccount(id, tenant, a.owner(), a.host(), a.port(), a.security(), a.username(),
                a.auth(), a.folders(), a.since(), a.visibility(), a.dropbox(), SyncState.PENDING, null);
        accounts.put(id, account);
        secrets.put(id, a.secret());
        return account;
    }

    @Override
    public Optional<MailAccount> find(TenantId tenant, long id) {
        return Optional.ofNullable(accounts.get(id)).filter(a -> a.tenant().equals(tenant));
    }

    @Override
    public List<MailAccount> list(TenantId tenant) {
        return accounts.values().stream().filter(a -> a.tenant().equals(tenant)).toList();
    }

    @Override
    public List<MailAccount> active() {
        return accounts.values().stream().filter(a -> a.state() != SyncState.DISABLED).toList();
    }

    @Override
    public String secret(TenantId tenant, long id) {
        return secrets.get(id);
    }

    @Override
    public void reportState(TenantId tenant, long id, SyncState state, @Nullable String lastError) {
        accounts.computeIfPresent(id, (k, a) -> new MailAccount(a.id(), a.tenant(), a.owner(), a.host(), a.port(),
                a.security(), a.username(), a.auth(), a.folders(), a.since(), a.visibility(), a.dropbox(), state,
                lastError));
    }

    @Override
    public void reportFolder(TenantId tenant, long id, FolderProgress progress) {
        folders.computeIfAbsent(id, k -> new ConcurrentHashMap<>()).put(progress.name(), progress);
    }

    @Override
    public List<FolderProgress> folders(TenantId tenant, long id) {
        return new ArrayList<>(folders.getOrDefault(id, Map.of()).values());
    }

    @Override
    public boolean lease(long id, String instance, Duration ttl) {
        return leases.merge(id, instance, (old, mine) -> old).equals(instance);
    }

    @Override
    public void release(long id, String instance) {
        leases.remove(id, instance);
    }

    @Override
    public void delete(TenantId tenant, long id) {
        accounts.remove(id);
    }
}
