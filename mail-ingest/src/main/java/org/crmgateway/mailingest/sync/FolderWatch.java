package org.crmgateway.mailingest.sync;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.crmgateway.mailingest.fetch.ImapFolderReader;
import org.crmgateway.mailingest.fetch.MailFetchException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One wait for news on all folders of an account at once: IMAP IDLE (RFC 2177) on each folder's own
 * connection, one virtual thread per folder. The wait ends when any folder reports news, when the
 * renew time has passed, when an IDLE fails, or on {@link #end()}; every IDLE is ended before
 * {@link #await} returns, so no thread outlives the wait.
 */
final class FolderWatch {
    private static final Logger LOG = LoggerFactory.getLogger(FolderWatch.class);
    /** How long to wait for an IDLE to end before sending another NOOP: it may have started after the last one. */
    private static final Duration NUDGE = Duration.ofMillis(200);

    private final long accountId;
    private final List<ImapFolderReader> folders;
    private final CountDownLatch over = new CountDownLatch(1);
    private final AtomicReference<@Nullable MailFetchException> failure = new AtomicReference<>();

    FolderWatch(long accountId, List<ImapFolderReader> folders) {
        this.accountId = accountId;
        this.folders = List.copyOf(folders);
    }

    /** Ends the wait soon; callable from any thread, also before {@link #await} has begun. */
    void end() {
        over.countDown();
    }

    /**
     * Idles on every folder until one reports news, {@code renewAfter} has passed or {@link #end()}
     * is called, then ends all IDLEs.
     *
     * @throws MailFetchException the first IDLE that failed, after the others were ended
     */
    void await(Duration renewAfter) throws MailFetchException {
        List<Thread> idlers = new ArrayList<>(folders.size());
        for (ImapFolderReader folder : folders) {
            idlers.add(Thread.ofVirtual().name("mail-" + accountId + "-idle").start(() -> idle(folder)));
        }
        boolean interrupted = false;
        try {
            over.await(renewAfter.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            interrupted = true;
        } finally {
            end();
            interrupted |= endAll(idlers);
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        MailFetchException e = failure.get();
        if (e != null) {
            throw e;
        }
    }

    private void idle(ImapFolderReader folder) {
        try {
            if (over.getCount() > 0) {
                folder.idle();
            }
        } catch (MailFetchException e) {
            failure.compareAndSet(null, e);
        } finally {
            end();
        }
    }

    /** Wakes each folder until its IDLE thread has finished; returns whether this thread was interrupted. */
    private boolean endAll(List<Thread> idlers) {
        boolean interrupted = false;
        for (int i = 0; i < idlers.size(); i++) {
            Thread idler = idlers.get(i);
            while (idler.isAlive()) {
                wakeUp(folders.get(i));
                try {
                    idler.join(NUDGE);
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
        return interrupted;
    }

    private void wakeUp(ImapFolderReader folder) {
        try {
            folder.wakeUp();
        } catch (MailFetchException e) {
            // the folder's own IDLE fails as well and reports it
            LOG.debug("Ending IDLE of account {} failed: {}", accountId, e.getMessage());
        }
    }
}
