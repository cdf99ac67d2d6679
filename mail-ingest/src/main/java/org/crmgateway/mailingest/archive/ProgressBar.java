package org.crmgateway.mailingest.archive;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import org.crmgateway.mailingest.sync.Eta;

/** A one-line progress bar on the terminal: count, share, rate and time left, redrawn at most 5 times a second. */
final class ProgressBar implements ArchiveImport.Progress {
    private static final int WIDTH = 30;

    private final PrintWriter out;
    private final String label;
    private final Instant startedAt = Instant.now();
    private Instant drawnAt = Instant.EPOCH;

    ProgressBar(PrintWriter out, String label) {
        this.out = out;
        this.label = label;
    }

    @Override
    public void update(long done, long total) {
        Instant now = Instant.now();
        if (done < total && Duration.between(drawnAt, now).toMillis() < 200) {
            return;
        }
        drawnAt = now;
        out.print("\r" + line(done, total, startedAt));
        if (done >= total) {
            out.println();
        }
        out.flush();
    }

    String line(long done, long total, Instant since) {
        int filled = total == 0 ? WIDTH : (int) (WIDTH * Math.min(done, total) / total);
        return "%s [%s%s] %d/%d %3d%% %s".formatted(label, "#".repeat(filled), ".".repeat(WIDTH - filled), done, total,
                total == 0 ? 100 : 100 * done / total, Eta.describe(since, done, total));
    }
}
