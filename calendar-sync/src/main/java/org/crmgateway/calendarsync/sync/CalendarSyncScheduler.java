package org.crmgateway.calendarsync.sync;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.crmgateway.calendarsync.CalendarSyncProperties;
import org.crmgateway.calendarsync.client.CalDavException;
import org.crmgateway.crm.CalendarAccount;
import org.crmgateway.crm.CalendarAccountRegistered;
import org.crmgateway.crm.CalendarAccounts;
import org.crmgateway.crm.SyncState;
import org.crmgateway.crm.TenantId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Runs every active calendar account on its own virtual thread, one pass per poll; a newly
 * registered account starts at once. Accounts are leased, so several gateway instances sharing a
 * database never sync the same account together.
 */
@Component
public class CalendarSyncScheduler implements SmartLifecycle {
    private static final Logger LOG = LoggerFactory.getLogger(CalendarSyncScheduler.class);

    private final CalendarAccounts accounts;
    private final AccountSync sync;
    private final CalendarSyncProperties settings;
    private final String instance = "calendar-sync-" + UUID.randomUUID();
    private final Map<Long, CalendarSyncJob> jobs = new ConcurrentHashMap<>();
    private ScheduledExecutorService timer;
    private ExecutorService workers;
    private volatile boolean running;

    public CalendarSyncScheduler(CalendarAccounts accounts, AccountSync sync, CalendarSyncProperties settings) {
        this.accounts = accounts;
        this.sync = sync;
        this.settings = settings;
    }

    @Override
    public void start() {
        if (!settings.enabled()) {
            return;
        }
        timer = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("calendar-sync-timer").factory());
        workers = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("calendar-sync-", 0).factory());
        running = true;
        for (CalendarAccount account : accounts.active()) {
            schedule(account.tenant(), account.id());
        }
    }

    @Override
    public void stop() {
        running = false;
        if (timer != null) {
            timer.shutdownNow();
            workers.shutdownNow();
        }
        jobs.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(CalendarAccountRegistered event) {
        if (running) {
            schedule(event.tenant(), event.accountId());
        }
    }

    private void schedule(TenantId tenant, long accountId) {
        CalendarSyncJob job = new CalendarSyncJob(accountId, settings.pollInterval(), settings.maxBackoff());
        if (jobs.putIfAbsent(accountId, job) == null) {
            workers.submit(() -> pass(tenant, job));
        }
    }

    private void pass(TenantId tenant, CalendarSyncJob job) {
        if (!running) {
            return;
        }
        Optional<CalendarAccount> found = accounts.find(tenant, job.accountId());
        if (found.isEmpty() || found.get().state() == SyncState.DISABLED) {
            jobs.remove(job.accountId());
            return;
        }
        CalendarAccount account = found.get();
        boolean ok = false;
        Duration ttl = settings.requestTimeout().multipliedBy(3);
        if (!accounts.lease(account.id(), instance, ttl)) {
            reschedule(tenant, job, account, true);
            return;
        }
        try {
            ok = sync.run(account);
        } catch (CalDavException e) {
            LOG.warn("Calendar account {} failed: {}", account.id(), e.getMessage());
        } catch (DataAccessException e) {
            LOG.error("Calendar account {} could not be recorded", account.id(), e);
            accounts.reportState(tenant, account.id(), SyncState.ERROR,
                    "The gateway could not store the meetings; it retries");
        } catch (RuntimeException e) {
            // the boundary of the job: a bug must show, and must not end this account's polling
            LOG.error("Calendar account {} failed unexpectedly", account.id(), e);
            accounts.reportState(tenant, account.id(), SyncState.ERROR, "Internal error; the gateway retries");
        } finally {
            accounts.release(account.id(), instance);
            reschedule(tenant, job, account, ok);
        }
    }

    private void reschedule(TenantId tenant, CalendarSyncJob job, CalendarAccount account, boolean ok) {
        if (running && !timer.isShutdown()) {
            Duration next = job.next(account, ok);
            timer.schedule(() -> workers.submit(() -> pass(tenant, job)), next.toMillis(), TimeUnit.MILLISECONDS);
        }
    }
}
