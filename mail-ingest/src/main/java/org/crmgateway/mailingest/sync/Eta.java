package org.crmgateway.mailingest.sync;

import java.time.Duration;
import java.time.Instant;

/** Rate and time left of a long pass, in words for logs and the terminal. */
public final class Eta {
    private Eta() {
    }

    public static String describe(Instant startedAt, long done, long total) {
        double seconds = Math.max(0.001, Duration.between(startedAt, Instant.now()).toMillis() / 1000.0);
        double rate = done / seconds;
        long left = rate <= 0 ? -1 : (long) ((total - done) / rate);
        return "%.0f msg/s, %s left".formatted(rate, left < 0 ? "unknown time" : format(Duration.ofSeconds(left)));
    }

    static String format(Duration d) {
        if (d.toHours() > 0) {
            return "%dh%02dm".formatted(d.toHours(), d.toMinutesPart());
        }
        if (d.toMinutes() > 0) {
            return "%dm%02ds".formatted(d.toMinutes(), d.toSecondsPart());
        }
        return d.toSeconds() + "s";
    }
}
