package org.crmgateway.mailingest.sync;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/** Exponential backoff with jitter: waits between half and all of min * 2^failures, capped at max. */
final class Backoff {
    private final Duration min;
    private final Duration max;
    private int failures;

    Backoff(Duration min, Duration max) {
        this.min = min;
        this.max = max;
    }

    Duration next() {
        long cap = max.toMillis();
        long base = Math.min(cap, min.toMillis() << Math.min(failures, 30));
        failures++;
        long jittered = base / 2 + ThreadLocalRandom.current().nextLong(base / 2 + 1);
        return Duration.ofMillis(Math.max(1, jittered));
    }

    Duration longest() {
        failures++;
        return max;
    }

    void reset() {
        failures = 0;
    }
}
