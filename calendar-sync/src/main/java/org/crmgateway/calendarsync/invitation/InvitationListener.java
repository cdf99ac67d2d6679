package org.crmgateway.calendarsync.invitation;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.crmgateway.calendarsync.CalendarSyncProperties;
import org.crmgateway.crm.InvitationReceived;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Applies an invitation as soon as the mail holding it was recorded, and sweeps
 * {@link org.crmgateway.crm.Invitations#unprocessed} periodically for any event that was missed
 * (a crash between the mail's commit and the event's delivery).
 */
@Component
class InvitationListener implements SmartLifecycle {
    private static final Logger LOG = LoggerFactory.getLogger(InvitationListener.class);
    private static final int SWEEP_BATCH = 100;

    private final InvitationProcessor processor;
    private final CalendarSyncProperties settings;
    private final ExecutorService workers = Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("invitation-", 0).factory());
    private ScheduledExecutorService sweeper;
    private volatile boolean running;

    InvitationListener(InvitationProcessor processor, CalendarSyncProperties settings) {
        this.processor = processor;
        this.settings = settings;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(InvitationReceived event) {
        workers.submit(() -> {
            try {
                processor.process(event.invitationId(), event.tenant());
            } catch (DataAccessException e) {
                LOG.warn("Invitation {} not applied yet; the sweep retries", event.invitationId(), e);
            } catch (RuntimeException e) {
                // the boundary of this thread: nothing above it would see the failure
                LOG.error("Invitation {} could not be applied", event.invitationId(), e);
            }
        });
    }

    @Override
    public void start() {
        running = true;
        if (settings.enabled()) {
            sweeper = Executors.newSingleThreadScheduledExecutor(
                    Thread.ofPlatform().daemon().name("invitation-sweep").factory());
            long every = settings.invitationSweep().toMillis();
            sweeper.scheduleWithFixedDelay(this::sweep, every, every, TimeUnit.MILLISECONDS);
        }
    }

    private void sweep() {
        try {
            int applied = processor.processPending(SWEEP_BATCH);
            if (applied > 0) {
                LOG.info("Applied {} waiting invitations", applied);
            }
        } catch (DataAccessException e) {
            LOG.warn("Invitation sweep failed; next sweep retries", e);
        }
    }

    @Override
    public void stop() {
        running = false;
        if (sweeper != null) {
            sweeper.shutdownNow();
        }
        workers.shutdown();
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
