package org.crmgateway;

import org.crmgateway.cli.Launcher;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The CRM Gateway: every module wired into one runnable application. {@code java -jar
 * crm-gateway.jar} runs the server, {@code --demo} adds an embedded demo mailbox, and
 * {@code java -jar crm-gateway.jar help} lists the subcommands.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class GatewayApplication {

    public static void main(String[] args) {
        Launcher.launch(GatewayApplication.class, args);
    }
}
