package org.crmgateway.mailingest.sync;

import java.lang.management.ManagementFactory;
import java.time.Duration;
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

    @Override
    public void stop() {
        running = false;
        runners.values().forEach(r -> r.runner().stop());
        for (Running r : runners.values()) {
            try {
                r.thread().join(Duration.ofSeconds(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        LOG.info("Mail sync stopped");
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
