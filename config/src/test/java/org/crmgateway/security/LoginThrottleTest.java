package org.crmgateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-03T10:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(clock);

    @Test
    void locksAUserNameAfterFiveFailuresUntilTheWindowPasses() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("Alice", "10.0.0." + i);
        }
        assertThat(throttle.isLocked("alice", "10.0.0.9")).isFalse();

        throttle.failed("alice", "10.0.0.5");

        assertThat(throttle.isLocked("alice", "10.0.0.9")).isTrue();
        assertThat(throttle.isLocked("bob", "10.0.0.9")).isFalse();
        clock.advance(LoginThrottle.WINDOW.plusSeconds(1));
        assertThat(throttle.isLocked("alice", "10.0.0.9")).isFalse();
    }

    @Test
    void locksAnAddressThatGuessesManyNames() {
        for (int i = 0; i < LoginThrottle.MAX_FAILURES_PER_ADDRESS; i++) {
            throttle.failed("user" + i, "192.0.2.1");
        }

        assertThat(throttle.isLocked("someone-new", "192.0.2.1")).isTrue();
        assertThat(throttle.isLocked("someone-new", "192.0.2.2")).isFalse();
    }

    @Test
    void successClearsTheUserNamesFailures() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("carol", "192.0.2.3");
        }
        throttle.succeeded("carol");
        throttle.failed("carol", "192.0.2.3");

        assertThat(throttle.isLocked("carol", null)).isFalse();
    }

    private static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
