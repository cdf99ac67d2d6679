package org.crmgateway;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The caldav module's test application: the module's beans plus the test fakes of the core. */
@SpringBootApplication
public class TestApplication {
}
