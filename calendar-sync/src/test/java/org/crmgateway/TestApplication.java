package org.crmgateway;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The core's beans and calendar sync on an embedded H2, for the module's integration tests. */
@SpringBootApplication
public class TestApplication {
}
