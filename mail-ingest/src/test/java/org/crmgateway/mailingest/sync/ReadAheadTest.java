package org.crmgateway.mailingest.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.crmgateway.crm.Checkpoint;
import org.crmgateway.crm.SourceBatch;
import org.crmgateway.crm.SourceKind;
import org.crmgateway.crm.TenantId;
import org.crmgateway.mailingest.fetch.MailFetchException;
import org.junit.jupiter.api.Test;

/** The batches a folder pass reads ahead: in order, with what stopped the reading, and never a caller left waiting. */
class ReadAheadTest {
    private static final Duration PATIENCE = Duration.ofSeconds(10);

    private static ReadAhead.Prepared batch(int index) {
        return new ReadAhead.Prepared(SourceBatch.to(new Checkpoint(TenantId.DEFAULT, SourceKind.MAIL, 1, "INBOX",
                "7:" + index)).build(), 1, index, index + 1);
    }

    private static List<Long> drain(ReadAhead ahead) throws Exception {
        List<Long> uids = new ArrayList<>();
        for (ReadAhead.Prepared p = ahead.next(); p != null; p = ahead.next()) {
            uids.add(p.lastUid());
        }
        return uids;
    }

    @Test
    void handsOverTheBatchesInOrderAndThenTheEnd() throws Exception {
        try (ReadAhead ahead = new ReadAhead(i -> i < 5 ? batch(i) : null, () -> false)) {
            assertThat(drain(ahead)).containsExactly(0L, 1L, 2L, 3L, 4L);
        }
    }

    @Test
    void rethrowsWhatStoppedTheReadingAfterTheBatchesBeforeIt() throws Exception {
        try (ReadAhead ahead = new ReadAhead(i -> {
            if (i == 2) {
                throw new MailFetchException("127.0.0.1:143 closed the connection", new IOException("reset"), false);
            }
            return batch(i);
        }, () -> false)) {
            assertThat(ahead.next().lastUid()).isZero();
            assertThat(ahead.next().lastUid()).isEqualTo(1);
            assertThatThrownBy(ahead::next).isInstanceOf(MailFetchException.class)
                    .hasMessage("127.0.0.1:143 closed the connection");
        }
    }

    @Test
    void anErrorInTheReaderReachesTheCallerInsteadOfLeavingItWaiting() {
        try (ReadAhead ahead = new ReadAhead(i -> {
            throw new StackOverflowError("a message nested beyond reason");
        }, () -> false)) {
            assertTimeoutPreemptively(PATIENCE, () ->
                    assertThatThrownBy(ahead::next).isInstanceOf(StackOverflowError.class));
        }
    }

    @Test
    void stopsReadingWhenTheSyncIsStopped() throws Exception {
        AtomicInteger reads = new AtomicInteger();
        try (ReadAhead ahead = new ReadAhead(i -> {
            reads.incrementAndGet();
            return batch(i);
        }, () -> reads.get() >= 3)) {
            assertThat(drain(ahead)).containsExactly(0L, 1L, 2L);
        }
    }

    @Test
    void closingWhileTheReaderWaitsToHandOverEndsIt() throws Exception {
        AtomicInteger reads = new AtomicInteger();
        CountDownLatch secondRead = new CountDownLatch(1);
        ReadAhead ahead = new ReadAhead(i -> {
            if (reads.incrementAndGet() == 2) {
                secondRead.countDown();
            }
            return batch(i);
        }, () -> false);
        // one batch waits in the queue, the second is read and waits to be handed over
        assertThat(secondRead.await(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();

        assertTimeoutPreemptively(PATIENCE, ahead::close);

        assertThat(reads).hasValue(2);
    }
}
