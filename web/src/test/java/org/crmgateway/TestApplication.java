package org.crmgateway;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The web module's test configuration root (one per module, see STYLE.md). */
@SpringBootApplication
public class TestApplication {
}
