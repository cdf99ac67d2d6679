package org.crmgateway.mailingest;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the mail ingest ({@code crm.mail.*}).
 *
 * @param syncEnabled      whether this instance syncs mailboxes at all (off for command-line imports)
 * @param batchSize        messages fetched and recorded per transaction
 * @param maxMessageSize   larger messages are logged with their headers and a note, body skipped
 * @param memoryLimit      larger messages are streamed through a temporary file instead of memory
 * @param idleRenew        IMAP IDLE is renewed after this long; RFC 2177 servers drop it after 30 minutes
 * @param pollInterval     how often a server without IDLE is checked (with IDLE, every folder is watched)
 * @param backoffMin       first wait after a failure; doubles up to {@code backoffMax}, with jitter
 * @param leaseTtl         how long an account stays leased to this instance without renewal
 * @param instanceId       names this instance in account leases; empty means host name and process id
 */
@ConfigurationProperties("crm.mail")
@Validated
public record MailIngestProperties(
        @DefaultValue("true") boolean syncEnabled,
        @DefaultValue("200") int batchSize,
        @DefaultValue("50MB") DataSize maxMessageSize,
        @DefaultValue("2MB") DataSize memoryLimit,
        @DefaultValue("25m") Duration idleRenew,
        @DefaultValue("2m") Duration pollInterval,
        @DefaultValue("5s") Duration backoffMin,
        @DefaultValue("15m") Duration backoffMax,
        @DefaultValue("20s") Duration connectTimeout,
        @DefaultValue("2m") Duration readTimeout,
        @DefaultValue("5m") Duration leaseTtl,
        @DefaultValue("") String instanceId) {

    public MailIngestProperties {
        if (batchSize < 1 || batchSize > 10_000) {
            throw new IllegalArgumentException("crm.mail.batch-size must be between 1 and 10000");
        }
        if (idleRenew.isNegative() || idleRenew.isZero() || idleRenew.compareTo(Duration.ofMinutes(29)) >= 0) {
            throw new IllegalArgumentException("crm.mail.idle-renew must be positive and under 29 minutes");
        }
        if (backoffMin.isNegative() || backoffMin.isZero() || backoffMax.compareTo(backoffMin) < 0) {
            throw new IllegalArgumentException("crm.mail.backoff-min must be positive and not above backoff-max");
        }
        if (leaseTtl.compareTo(Duration.ofSeconds(10)) < 0) {
            throw new IllegalArgumentException("crm.mail.lease-ttl must be at least 10 seconds");
        }
        if (memoryLimit.compareTo(maxMessageSize) > 0) {
            memoryLimit = maxMessageSize;
        }
    }

    /** The defaults, for code that runs without Spring (tests, benchmarks). */
    public static MailIngestProperties defaults() {
        return new MailIngestProperties(true, 200, DataSize.ofMegabytes(50), DataSize.ofMegabytes(2),
                Duration.ofMinutes(25), Duration.ofMinutes(2), Duration.ofSeconds(5), Duration.ofMinutes(15),
                Duration.ofSeconds(20), Duration.ofMinutes(2), Duration.ofMinutes(5), "");
    }
}
