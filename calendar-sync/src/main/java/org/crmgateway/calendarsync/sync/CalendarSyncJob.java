package org.crmgateway.calendarsync.sync;

import java.time.Duration;
import org.crmgateway.crm.CalendarAccount;

/**
 * The polling rhythm of one account: its own interval (or the default) after a good pass, a
 * doubling wait after failures, capped at {@code maxBackoff}.
 */
final class CalendarSyncJob {
    private final long accountId;
    private final Duration defaultInterval;
    private final Duration maxBackoff;
    private int failures;

    CalendarSyncJob(long accountId, Duration defaultInterval, Duration maxBackoff) {
        this.accountId = accountId;
        this.defaultInterval = defaultInterval;
        this.maxBackoff = maxBackoff;
    }

    long accountId() {
        return accountId;
    }

    /** The wait before the next pass, given how this one went. */
    Duration next(CalendarAccount account, boolean succeeded) {
        Duration interval = account.pollInterval() != null ? Duration.ofSeconds(account.pollInterval()) : defaultInterval;
        if (succeeded) {
            failures = 0;
            return interval;
        }
        failures = Math.min(failures + 1, 30);
        Duration backoff = interval.multipliedBy(1L << Math.min(failures - 1, 20));
        return backoff.compareTo(maxBackoff) > 0 ? maxBackoff : backoff;
    }
}
