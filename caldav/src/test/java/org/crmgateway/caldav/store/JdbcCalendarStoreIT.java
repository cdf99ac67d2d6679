package org.crmgateway.caldav.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Nested;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The store contract on the JDBC store: H2 always, PostgreSQL when CRM_TEST_POSTGRES_URL is set. */
class JdbcCalendarStoreIT {

    static CalendarStore migrated(DataSource dataSource) {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/caldav").cleanDisabled(false)
                .load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        jdbc.update("delete from caldav_object");
        jdbc.update("delete from caldav_calendar");
        return new JdbcCalendarStore(jdbc, new DataSourceTransactionManager(dataSource), Clock.systemUTC());
    }

    @Nested
    class OnH2 extends CalendarStoreContract {
        @Override
        CalendarStore provideStore() {
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL("jdbc:h2:mem:caldav-store-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
            return migrated(h2);
        }
    }

    @Nested
    class OnPostgres extends CalendarStoreContract {
        @Override
        CalendarStore provideStore() {
            String url = System.getenv("CRM_TEST_POSTGRES_URL");
            Assumptions.assumeTrue(url != null && !url.isBlank(), "CRM_TEST_POSTGRES_URL not set");
            return migrated(new DriverManagerDataSource(PostgresDatabase.url(url)));
        }
    }

    @AfterAll
    static void dropPostgres() throws SQLException {
        PostgresDatabase.drop();
    }

    /** One database per test run, created on first use and dropped at the end. */
    static final class PostgresDatabase {
        private static final String NAME = "caldav_store_" + UUID.randomUUID().toString().replace("-", "");
        private static String admin;

        static synchronized String url(String adminUrl) {
            if (admin == null) {
                try (Connection c = DriverManager.getConnection(adminUrl)) {
                    c.createStatement().execute("create database " + NAME);
                } catch (SQLException e) {
                    throw new IllegalStateException("Cannot create test database", e);
                }
                admin = adminUrl;
            }
            return adminUrl.replaceFirst("/[^/?]*(\\?|$)", "/" + NAME + "$1");
        }

        static synchronized void drop() throws SQLException {
            if (admin != null) {
                try (Connection c = DriverManager.getConnection(admin)) {
                    c.createStatement().execute("drop database if exists " + NAME + " with (force)");
                }
                admin = null;
            }
        }
    }
}
