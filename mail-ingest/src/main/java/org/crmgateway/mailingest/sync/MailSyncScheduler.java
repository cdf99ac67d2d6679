package org.crmgateway.mailingest.sync;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.crmgateway.crm.MailAccount;
import org.crmgateway.crm.MailAccountRegistered;
import org.crmgateway.crm.MailAccounts;
import org.crmgateway.mailingest.MailIngestProperties;
import org.crmgateway.mailingest.MailSecrets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Starts one {@link AccountRunner} per active mail account when the application starts and when
 * an account is registered, and stops them all on shutdown.
 */
public class MailSyncScheduler implements SmartLifecycle {
    private static final Logger LOG = LoggerFactory.getLogger(MailSyncScheduler.class);
    /** How long all runners together may take to finish their batch when the instance stops. */
    private static final Duration GRACE = Duration.ofSeconds(10);

    private final MailAccounts accounts;
    private final MailSecrets secrets;
    private final FolderSync folderSync;
    private final MailIngestProperties properties;
    private final String instance;
    private final Map<Long, Running> runners = new ConcurrentHashMap<>();
    private volatile boolean running;

    public MailSyncScheduler(MailAccounts accounts, MailSecrets secrets, FolderSync folderSync,
                             MailIngestProperties properties) {
        this.accounts = accounts;
        this.secrets = secrets;
        this.folderSync = folderSync;
        this.properties = properties;
        this.instance = properties.instanceId().isBlank()
                ? ManagementFactory.getRuntimeMXBean().getName() + "-" + UUID.randomUUID().toString().substring(0, 8)
                : properties.instanceId();
    }

    private record Running(AccountRunner runner, Thread thread) {
    }

    @Override
    public void start() {
        running = true;
        if (!properties.syncEnabled()) {
            LOG.info("Mail sync is switched off (crm.mail.sync-enabled=false)");
            return;
        }
        var active = accounts.active();
        active.forEach(this::startRunner);
        LOG.info("Mail sync started for {} accounts as instance {}", active.size(), instance);
    }

    @TransactionalEventListener(fallbackExecution = true)
    public void on(MailAccountRegistered event) {
        if (running && properties.syncEnabled()) {
            accounts.find(event.tenant(), event.accountId()).ifPresent(this::startRunner);
        }
    }

    /** Starts syncing an account unless it is synced already. */
    public void startRunner(MailAccount account) {
        runners.computeIfAbsent(account.id(), id -> {
            AccountRunner runner = new AccountRunner(account.tenant(), id, accounts, secrets, folderSync, properties,
                    instance);
            Thread thread = Thread.ofVirtual().name("mail-" + id).start(() -> {
                try {
                    runner.run();
                } finally {
                    runners.remove(id);
                }
            });
            return new Running(runner, thread);
        });
    }

    public int runningAccounts() {
        return runners.size();
    }

    /** Stops syncing one account (deleted or disabled). */
    public void stopRunner(long accountId) {
        Running r = runners.get(accountId);
        if (r != null) {
            r.runner().stop();
        }
    }

    /**
     * Asks every runner to stop and gives them {@link #GRACE} together to finish their batch. A
     * runner still waiting then is stuck on a server that does not answer: it is interrupted,
     * which closes its connection, so a thousand hung servers cannot hold up a shutdown.
     */
    @Override
    public void stop() {
        running = false;
        List<Running> all = List.copyOf(runners.values());
        all.forEach(r -> r.runner().stop());
        if (!joinAll(all, GRACE)) {
            return;
        }
        List<Running> stuck = all.stream().filter(r -> r.thread().isAlive()).toList();
        if (!stuck.isEmpty()) {
            LOG.info("Interrupting {} mail accounts whose servers did not answer in time", stuck.size());
            stuck.forEach(r -> r.thread().interrupt());
            joinAll(stuck, GRACE);
        }
        LOG.info("Mail sync stopped");
    }

    /** Waits until the threads have ended or the time is up; false when this thread was interrupted. */
    private static boolean joinAll(List<Running> all, Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        for (Running r : all) {
            long left = deadline - System.nanoTime();
            try {
                if (left > 0) {
                    r.thread().join(Duration.ofNanos(left));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
