package org.crmgateway.mailingest.sync;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import org.crmgateway.mailingest.fetch.ImapFolderReader;
import org.crmgateway.mailingest.fetch.MailFetchException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One wait for news on all folders of an account at once: IMAP IDLE (RFC 2177) on each folder's own
 * connection, one virtual thread per folder. The wait ends when any folder reports new mail, when
 * the renew time has passed, when an IDLE fails, when the periodic check says to stop (the
 * account's lease), or on {@link #end()}; every IDLE is ended before {@link #await} returns, so no
 * thread outlives the wait. A server's keep-alive does not end it: that folder idles again.
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
     * Idles on every folder until one reports new mail, {@code renewAfter} has passed,
     * {@code stillWanted} (asked every {@code checkEvery} while nothing happens) says no, or
     * {@link #end()} is called; then ends all IDLEs.
     *
     * @throws MailFetchException the first IDLE that failed, after the others were ended
     */
    void await(Duration renewAfter, Duration checkEvery, BooleanSupplier stillWanted) throws MailFetchException {
        List<Thread> idlers = new ArrayList<>(folders.size());
        for (ImapFolderReader folder : folders) {
            idlers.add(Thread.ofVirtual().name("mail-" + accountId + "-idle").start(() -> idle(folder)));
        }
        boolean interrupted = false;
        try {
            long renewAt = System.nanoTime() + renewAfter.toNanos();
            for (long left = renewAfter.toNanos(); left > 0; left = renewAt - System.nanoTime()) {
                if (over.await(Math.min(left, checkEvery.toNanos()), TimeUnit.NANOSECONDS)
                        || (renewAt - System.nanoTime() > 0 && !stillWanted.getAsBoolean())) {
                    break;
                }
                askQuietFoldersForASignOfLife(checkEvery);
            }
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
            while (over.getCount() > 0 && !folder.idle()) {
                LOG.trace("IDLE of account {} ended without new mail; idling again", accountId);
            }
        } catch (MailFetchException e) {
            failure.compareAndSet(null, e);
        } finally {
            end();
        }
    }

    /**
     * A connection that stays silent may be dead without either side knowing (a NAT mapping or a
     * firewall dropped it), and an IDLE on it would wait for mail that never comes. A NOOP ends such
     * an IDLE; its folder idles again when the answer brings no new mail, and the wait fails when
     * no answer comes within the read timeout. Servers with their own keep-alive are never asked.
     */
    private void askQuietFoldersForASignOfLife(Duration quietLimit) {
        for (ImapFolderReader folder : folders) {
            if (over.getCount() > 0 && folder.quietFor().compareTo(quietLimit) >= 0) {
                try {
                    folder.askForSignOfLife();
                } catch (MailFetchException e) {
                    // the cause, rather than what the folder's IDLE thread saw of it (a closed connection)
                    failure.set(e);
                    end();
                }
            }
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
