package org.crmgateway;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The core's beans and the mail ingest on an embedded H2 (or PostgreSQL) for integration tests. */
@SpringBootApplication
public class TestApplication {
}
