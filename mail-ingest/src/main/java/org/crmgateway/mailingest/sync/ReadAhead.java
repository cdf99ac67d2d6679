package org.crmgateway.mailingest.sync;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.BooleanSupplier;
import org.crmgateway.crm.SourceBatch;
import org.crmgateway.mailingest.fetch.MailFetchException;
import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;

/**
 * Fetches and parses the next batch of a folder on its own virtual thread while the caller
 * records the current one, so the network, the parser and the database work at the same time.
 * At most one finished batch waits, which bounds the memory to about three batches. The batches
 * come out in order, so checkpoints still advance one batch at a time.
 */
final class ReadAhead implements AutoCloseable {

    /** Reads batch number {@code index}; null when there is none. */
    @FunctionalInterface
    interface BatchSource {
        @Nullable Prepared read(int index) throws MailFetchException, IOException;
    }

    /** One batch ready for the recorder, with the number of messages fetched for it. */
    record Prepared(SourceBatch batch, int fetched, long lastUid, int done) {
    }

    private sealed interface Item {
    }

    private record Ready(Prepared prepared) implements Item {
    }

    private record Failed(Throwable error) implements Item {
    }

    private record End() implements Item {
    }

    private final BlockingQueue<Item> queue = new ArrayBlockingQueue<>(1);
    private final Thread reader;
    private volatile boolean closed;

    ReadAhead(BatchSource source, BooleanSupplier stopped) {
        Map<String, String> logContext = MDC.getCopyOfContextMap();
        this.reader = Thread.ofVirtual().name("mail-read-ahead").start(() -> {
            if (logContext != null) {
                MDC.setContextMap(logContext);
            }
            run(source, stopped);
        });
    }

    private void run(BatchSource source, BooleanSupplier stopped) {
        try {
            for (int index = 0; !closed && !stopped.getAsBoolean(); index++) {
                Prepared next = source.read(index);
                if (next == null) {
                    break;
                }
                queue.put(new Ready(next));
            }
            queue.put(new End());
        } catch (InterruptedException e) {
            // closed while waiting to hand over a batch: the caller no longer takes any
        } catch (MailFetchException | IOException | RuntimeException | Error e) {
            // an Error as well: a reader that died silently would leave the caller waiting forever
            try {
                queue.put(new Failed(e));
            } catch (InterruptedException closedMeanwhile) {
                // the caller gave up first; its own error is the one reported
            }
        }
    }

    /** The next batch, in order; null after the last one. Rethrows what stopped the reading. */
    @Nullable Prepared next() throws MailFetchException, IOException {
        Item item;
        try {
            item = queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for the next batch of mail", e);
        }
        return switch (item) {
            case Ready r -> r.prepared();
            case End e -> null;
            case Failed f when f.error() instanceof MailFetchException m -> throw m;
            case Failed f when f.error() instanceof IOException io -> throw io;
            case Failed f when f.error() instanceof Error error -> throw error;
            case Failed f -> throw (RuntimeException) f.error();
        };
    }

    /** Stops the reading and waits until the reader no longer uses the folder. */
    @Override
    public void close() {
        closed = true;
        reader.interrupt();
        try {
            reader.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
