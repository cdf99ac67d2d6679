package org.crmgateway.calendarsync;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of calendar sync, under {@code crm.calendar-sync}.
 *
 * @param enabled            whether accounts are polled at all (off in tests that drive a pass by hand)
 * @param pollInterval       time between two passes of an account that sets none itself
 * @param maxBackoff         the longest wait after repeated failures (the wait doubles from pollInterval)
 * @param floatingZone       the zone floating times (no TZID) are read in
 * @param windowBack         how far back occurrences of recurring meetings are kept
 * @param windowForward      how far ahead upcoming occurrences are kept
 * @param maxOccurrences     occurrences per series in the window above which the object is quarantined
 * @param maxObjectChars     calendar objects larger than this are quarantined
 * @param multigetBatch      objects fetched per calendar-multiget, and recorded per transaction
 * @param connectTimeout     TCP connect timeout towards CalDAV servers
 * @param requestTimeout     time a CalDAV server may take for one answer
 * @param preferEtagSync     use getctag/getetag comparison even where sync-collection is offered
 * @param invitationSweep    how often unprocessed mailed invitations are looked for
 */
@ConfigurationProperties("crm.calendar-sync")
@Validated
public record CalendarSyncProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("5m") @NotNull Duration pollInterval,
        @DefaultValue("1h") @NotNull Duration maxBackoff,
        @DefaultValue("UTC") @NotNull ZoneId floatingZone,
        @DefaultValue("730d") @NotNull Duration windowBack,
        @DefaultValue("365d") @NotNull Duration windowForward,
        @DefaultValue("3000") @Min(1) @Max(100000) int maxOccurrences,
        @DefaultValue("10485760") @Min(1024) int maxObjectChars,
        @DefaultValue("100") @Min(1) @Max(1000) int multigetBatch,
        @DefaultValue("10s") @NotNull Duration connectTimeout,
        @DefaultValue("5m") @NotNull Duration requestTimeout,
        @DefaultValue("false") boolean preferEtagSync,
        @DefaultValue("1m") @NotNull Duration invitationSweep) {

    /** The defaults, for code that runs outside Spring (benchmarks, tests). */
    public static CalendarSyncProperties defaults() {
        return new CalendarSyncProperties(true, Duration.ofMinutes(5), Duration.ofHours(1), ZoneId.of("UTC"),
                Duration.ofDays(730), Duration.ofDays(365), 3000, 10485760, 100, Duration.ofSeconds(10),
                Duration.ofMinutes(5), false, Duration.ofMinutes(1));
    }

    public CalendarSyncProperties withPreferEtagSync(boolean prefer) {
        return new CalendarSyncProperties(enabled, pollInterval, maxBackoff, floatingZone, windowBack, windowForward,
                maxOccurrences, maxObjectChars, multigetBatch, connectTimeout, requestTimeout, prefer, invitationSweep);
    }
}
