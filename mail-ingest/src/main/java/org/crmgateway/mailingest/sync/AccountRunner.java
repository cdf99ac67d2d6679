package org.crmgateway.mailingest.sync;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.crmgateway.crm.MailAccount;
import org.crmgateway.crm.MailAccounts;
import org.crmgateway.crm.SyncState;
import org.crmgateway.crm.TenantId;
import org.crmgateway.mailingest.MailIngestProperties;
import org.crmgateway.mailingest.MailSecrets;
import org.crmgateway.mailingest.fetch.ImapEndpoint;
import org.crmgateway.mailingest.fetch.ImapFolderReader;
import org.crmgateway.mailingest.fetch.ImapInbox;
import org.crmgateway.mailingest.fetch.MailFetchException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Keeps one mailbox in sync, on its own virtual thread: takes the account's lease, connects,
 * reads every folder up to date, then waits for news with IMAP IDLE on all its folders at once
 * ({@link FolderWatch}, renewed before the server's 30-minute limit) or by polling, and reconnects
 * with exponential backoff and jitter after a failure. One slow or broken mailbox never holds up
 * another.
 */
final class AccountRunner implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(AccountRunner.class);

    private final TenantId tenant;
    private final long accountId;
    private final MailAccounts accounts;
    private final MailSecrets secrets;
    private final FolderSync folderSync;
    private final MailIngestProperties properties;
    private final String instance;
    private final CountDownLatch stopSignal = new CountDownLatch(1);
    private final Backoff backoff;
    private volatile @Nullable FolderWatch watching;

    AccountRunner(TenantId tenant, long accountId, MailAccounts accounts, MailSecrets secrets, FolderSync folderSync,
                  MailIngestProperties properties, String instance) {
        this.tenant = tenant;
        this.accountId = accountId;
        this.accounts = accounts;
        this.secrets = secrets;
        this.folderSync = folderSync;
        this.properties = properties;
        this.instance = instance;
        this.backoff = new Backoff(properties.backoffMin(), properties.backoffMax());
    }

    void stop() {
        stopSignal.countDown();
        FolderWatch watch = watching;
        if (watch != null) {
            watch.end();
        }
    }

    boolean stopped() {
        return stopSignal.getCount() == 0;
    }

    @Override
    public void run() {
        MDC.put("mailbox", Long.toString(accountId));
        try {
            while (!stopped()) {
                Optional<MailAccount> account = accounts.find(tenant, accountId);
                if (account.isEmpty() || account.get().state() == SyncState.DISABLED) {
                    LOG.info("Account {} is gone or disabled; its sync stops", accountId);
                    return;
                }
                if (!renewLease()) {
                    await(properties.leaseTtl().dividedBy(2));
                    continue;
                }
                Duration wait = session(account.get());
                if (wait != null) {
                    await(wait);
                }
            }
        } finally {
            // an interrupt at shutdown has done its work (it closed a hung connection); left set, it
            // would also close the database's file channel under the lease release
            Thread.interrupted();
            accounts.release(accountId, instance);
            MDC.remove("mailbox");
        }
    }

    /** One connection's life; returns how long to wait before the next, or null to go on at once. */
    private @Nullable Duration session(MailAccount account) {
        ImapEndpoint endpoint = new ImapEndpoint(account.host(), account.port(), account.security(),
                account.username(), account.auth());
        List<ImapFolderReader> open = new ArrayList<>();
        String secret;
        try {
            secret = secrets.secretFor(account);
        } catch (RuntimeException e) {
            accounts.reportState(tenant, accountId, SyncState.ERROR, "the stored password cannot be read; enter it again");
            LOG.error("Account {}: reading its secret failed", accountId, e);
            return backoff.longest();
        }
        try (ImapInbox inbox = ImapInbox.connect(endpoint, () -> secret,
                properties.connectTimeout(), properties.readTimeout())) {
            List<String> names = account.folders().isEmpty() ? inbox.defaultFolders() : account.folders();
            // asked before the folders open: the first folder then takes over the login connection,
            // which a later question would replace with a connection of its own
            boolean idle = inbox.supportsIdle();
            for (String name : new LinkedHashSet<>(names)) {
                open.add(inbox.open(name));
            }
            while (!stopped()) {
                accounts.reportState(tenant, accountId, SyncState.SYNCING, null);
                SyncCounts counts = SyncCounts.NONE;
                for (ImapFolderReader reader : open) {
                    counts = counts.plus(folderSync.sync(account, reader, this::stopped));
                }
                accounts.reportState(tenant, accountId, SyncState.IDLE, null);
                backoff.reset();
                LOG.debug("Account {} up to date: {}", accountId, counts);
                waitForNews(open, idle);
                if (!enabled()) {
                    return null;
                }
                if (!renewLease()) {
                    LOG.info("Account {} is now synced by another instance", accountId);
                    return properties.leaseTtl().dividedBy(2);
                }
            }
            return null;
        } catch (MailFetchException e) {
            accounts.reportState(tenant, accountId, SyncState.ERROR, e.getMessage());
            Duration wait = e.isAuthentication() ? backoff.longest() : backoff.next();
            LOG.warn("Account {}: {}; retrying in {} s", accountId, e.getMessage(), wait.toSeconds());
            return wait;
        } catch (IOException | RuntimeException e) {
            accounts.reportState(tenant, accountId, SyncState.ERROR,
                    "internal error while recording mail; the administrator's log has details");
            Duration wait = backoff.next();
            LOG.error("Account {}: recording failed; retrying in {} s", accountId, wait.toSeconds(), e);
            return wait;
        } finally {
            open.forEach(ImapFolderReader::close);
        }
    }

    /**
     * IDLE on every folder where the server offers it, renewed after {@code idle-renew} and keeping
     * the account's lease meanwhile; else a poll interval's wait. Angus ignores a read timeout
     * while idling, so a quiet IDLE needs no earlier renewal.
     */
    private void waitForNews(List<ImapFolderReader> folders, boolean idle) throws MailFetchException {
        Duration keepLease = properties.leaseTtl().dividedBy(2);
        if (!idle) {
            await(min(min(properties.idleRenew(), properties.pollInterval()), keepLease));
            return;
        }
        FolderWatch watch = new FolderWatch(accountId, folders);
        watching = watch;
        try {
            if (!stopped()) {
                watch.await(properties.idleRenew(), keepLease, this::stillOurs);
            }
        } finally {
            watching = null;
        }
    }

    /** Whether the idling account is still enabled and leased to this instance; renews the lease. */
    private boolean stillOurs() {
        return enabled() && renewLease();
    }

    private boolean enabled() {
        return accounts.find(tenant, accountId).filter(a -> a.state() != SyncState.DISABLED).isPresent();
    }

    private boolean renewLease() {
        return accounts.lease(accountId, instance, properties.leaseTtl());
    }

    /** Waits, returning early (true) when stopped or interrupted. */
    private boolean await(Duration d) {
        try {
            return stopSignal.await(d.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            return true;
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
