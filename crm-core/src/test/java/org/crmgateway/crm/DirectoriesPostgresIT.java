package org.crmgateway.crm;

import org.crmgateway.crm.testing.PostgresTestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

class DirectoriesPostgresIT extends DirectoriesContract {

    @BeforeAll
    static void requirePostgres() {
        PostgresTestDatabase.assumeConfigured();
    }

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.register(registry);
    }
}
