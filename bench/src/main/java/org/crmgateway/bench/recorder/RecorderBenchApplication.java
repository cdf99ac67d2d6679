package org.crmgateway.bench.recorder;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The core alone, for measuring the history recorder. */
@SpringBootApplication(scanBasePackages = "org.crmgateway.crm")
class RecorderBenchApplication {
}
