package org.crmgateway.bench.mail;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/** Waits for a condition the harness cannot be told about, asking it every so often. */
final class Polling {

    private Polling() {
    }

    static void until(BooleanSupplier condition, Duration every, Duration timeout, String what) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("timed out after " + timeout + " waiting for " + what);
            }
            LockSupport.parkNanos(every.toNanos());
        }
    }
}
