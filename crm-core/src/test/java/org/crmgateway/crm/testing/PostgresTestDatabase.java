package org.crmgateway.crm.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A fresh PostgreSQL database for the tests of one JVM, created when env {@value #ENV} is set (for
 * example {@code jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres}) and dropped when the JVM ends.
 *
 * Test classes use it through {@link OnPostgres}.
 */
public final class PostgresTestDatabase {

    public static final String ENV = "CRM_TEST_POSTGRES_URL";
    private static final Pattern URL = Pattern.compile("^(jdbc:postgresql://[^/?]+/)([^?]*)(.*)$");

    private static String url;

    private PostgresTestDatabase() {
    }

    public static boolean configured() {
        String base = System.getenv(ENV);
        return base != null && !base.isBlank();
    }

    /** Aborts the calling test (class) with a message saying how to run it, when no server is configured. */
    public static void assumeConfigured() {
        Assumptions.assumeTrue(configured(), "PostgreSQL tests skipped: set " + ENV
                + " (e.g. jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres) to run them");
    }

    /** Points {@code spring.datasource.*} at the test database (created on first use). */
    public static void register(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", PostgresTestDatabase::url);
        registry.add("spring.datasource.driver-class-name", () -> "org.postgresql.Driver");
    }

    /** The JDBC URL of this JVM's test database; creates it on the first call. */
    public static synchronized String url() {
        if (url == null) {
            if (!configured()) {
                throw new IllegalStateException(ENV + " is not set");
            }
            String base = System.getenv(ENV).strip();
            Matcher m = URL.matcher(base);
            if (!m.matches()) {
                throw new IllegalStateException(ENV + " must look like jdbc:postgresql://host:port/db?user=...");
            }
            String name = "crm_test_" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
            execute(base, "create database " + name);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> drop(base, name), "drop-" + name));
            url = m.group(1) + name + m.group(3);
        }
        return url;
    }

    private static void drop(String base, String name) {
        try {
            execute(base, "drop database if exists " + name + " with (force)");
        } catch (IllegalStateException e) {
            System.err.println("Could not drop test database " + name + ": " + e.getMessage());
        }
    }

    private static void execute(String base, String sql) {
        try (Connection c = DriverManager.getConnection(base); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + ENV + ": " + e.getMessage(), e);
        }
    }
}
