package org.crmgateway.web.page;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.crmgateway.crm.FolderProgress;
import org.crmgateway.crm.SyncState;
import org.jspecify.annotations.Nullable;

/**
 * How far an account's sync has come, summed over its folders (or calendars), with the rate of the
 * current pass and the time it still needs at that rate.
 *
 * @param perMinute items per minute in the current pass; 0 when unknown
 * @param eta       time left at the current rate; null when unknown or done
 * @param hint      message key of what to do about {@code lastError}; null without an error
 */
public record SyncProgress(SyncState state, long done, long total, double perMinute, @Nullable Duration eta,
                    @Nullable String lastError, @Nullable String hint, List<FolderProgress> folders) {

    static SyncProgress of(SyncState state, @Nullable String lastError, List<FolderProgress> folders) {
        long done = 0;
        long total = 0;
        double perSecond = 0;
        for (FolderProgress f : folders) {
            done += Math.min(f.messagesDone(), f.messagesTotal());
            total += f.messagesTotal();
            Instant start = f.startedAt();
            if (start != null && f.messagesDone() > 0 && f.updatedAt().isAfter(start)) {
                perSecond += f.messagesDone() / (Duration.between(start, f.updatedAt()).toMillis() / 1000.0);
            }
        }
        long left = total - done;
        Duration eta = left > 0 && perSecond > 0 ? Duration.ofSeconds((long) Math.ceil(left / perSecond)) : null;
        String hint = state == SyncState.ERROR || lastError != null ? SyncErrorHint.keyFor(lastError) : null;
        return new SyncProgress(state, done, total, perSecond * 60, eta, lastError, hint, folders);
    }

    public int percent() {
        return total == 0 ? (state == SyncState.IDLE ? 100 : 0) : (int) (done * 100 / total);
    }

    /** Whether the page should keep polling. */
    public boolean live() {
        return state == SyncState.PENDING || state == SyncState.SYNCING;
    }

    public String etaText() {
        if (eta == null) {
            return "";
        }
        long s = eta.toSeconds();
        return s >= 3600 ? "%d h %02d min".formatted(s / 3600, s % 3600 / 60)
                : s >= 60 ? "%d min %02d s".formatted(s / 60, s % 60) : s + " s";
    }

    public String rateText() {
        return perMinute >= 10 ? Long.toString(Math.round(perMinute)) : "%.1f".formatted(perMinute);
    }
}
