package org.crmgateway.crm.testing;

import org.junit.jupiter.api.BeforeAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Runs a Spring Boot integration test class against {@link PostgresTestDatabase}: implement it in the
 * PostgreSQL twin of an H2 test ({@code class RecorderPostgresIT extends RecorderContract implements OnPostgres {}}).
 * Without env {@value PostgresTestDatabase#ENV} the class is skipped with an assumption saying so.
 */
public interface OnPostgres {

    @BeforeAll
    static void requirePostgres() {
        PostgresTestDatabase.assumeConfigured();
    }

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.register(registry);
    }
}
