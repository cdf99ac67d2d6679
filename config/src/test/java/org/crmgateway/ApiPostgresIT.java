package org.crmgateway;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.crmgateway.crm.testing.PostgresTestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Contract v1 on PostgreSQL, in a database of its own; runs when CRM_TEST_POSTGRES_URL is set. */
@SpringBootTest(classes = GatewayApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "crm.core.data-dir=target/it-data-postgres",
                "crm.admin.password=postgres-it-admin-password",
        })
class ApiPostgresIT extends ApiContract {

    @BeforeAll
    static void requirePostgres() {
        PostgresTestDatabase.assumeConfigured();
    }

    private static String urlParameter(String name, String otherwise) {
        Matcher m = Pattern.compile("[?&]" + name + "=([^&]*)").matcher(PostgresTestDatabase.url());
        return m.find() ? m.group(1) : otherwise;
    }

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.register(registry);
        // application.yaml names H2's user; take PostgreSQL's from the URL (…?user=postgres).
        registry.add("spring.datasource.username", () -> urlParameter("user", "postgres"));
        registry.add("spring.datasource.password", () -> urlParameter("password", ""));
    }
}
