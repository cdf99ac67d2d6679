package org.crmgateway;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The core's beans on an embedded H2 (or PostgreSQL, see {@code PostgresTestDatabase}) for integration tests. */
@SpringBootApplication
public class TestApplication {
}
