package org.crmgateway.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;

/**
 * Counts failed logins per user name and per client address in a sliding window and locks the
 * name (or the address) once it fails too often, whatever the way in: the login form, HTTP Basic
 * on the API or on CalDAV. Kept in memory: a restart forgives, which a lockout may.
 */
public class LoginThrottle {

    /** Failures of one user name within the window before it is locked. */
    static final int MAX_FAILURES_PER_USER = 5;
    /** Failures from one address within the window before it is locked (covers guessing many names). */
    static final int MAX_FAILURES_PER_ADDRESS = 30;
    static final Duration WINDOW = Duration.ofMinutes(15);
    private static final int MAX_TRACKED_KEYS = 100_000;

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    public LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    public boolean isLocked(@Nullable String username, @Nullable String address) {
        return count(userKey(username)) >= MAX_FAILURES_PER_USER || count(addressKey(address)) >= MAX_FAILURES_PER_ADDRESS;
    }

    public void failed(@Nullable String username, @Nullable String address) {
        if (failures.size() > MAX_TRACKED_KEYS) {
            failures.clear();
        }
        add(userKey(username));
        add(addressKey(address));
    }

    /** A successful login clears its user name's failures (not its address's). */
    public void succeeded(@Nullable String username) {
        String key = userKey(username);
        if (key != null) {
            failures.remove(key);
        }
    }

    private void add(@Nullable String key) {
        if (key == null) {
            return;
        }
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            prune(times);
            times.addLast(clock.instant());
        }
    }

    private int count(@Nullable String key) {
        if (key == null) {
            return 0;
        }
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return 0;
        }
        synchronized (times) {
            prune(times);
            return times.size();
        }
    }

    private void prune(Deque<Instant> times) {
        Instant limit = clock.instant().minus(WINDOW);
        while (!times.isEmpty() && times.peekFirst().isBefore(limit)) {
            times.removeFirst();
        }
    }

    private static @Nullable String userKey(@Nullable String username) {
        return username == null || username.isBlank() ? null : "u:" + username.strip().toLowerCase(Locale.ROOT);
    }

    private static @Nullable String addressKey(@Nullable String address) {
        return address == null || address.isBlank() ? null : "a:" + address;
    }
}
