package org.crmgateway.bench.mail;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The core and the mail ingest, without web or calendar modules, for the mail benchmarks. */
@SpringBootApplication(scanBasePackages = {"org.crmgateway.crm", "org.crmgateway.mailingest"})
class MailBenchApplication {
}
