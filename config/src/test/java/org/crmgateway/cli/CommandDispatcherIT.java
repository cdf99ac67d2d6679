package org.crmgateway.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.crmgateway.testing.GatewayIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@GatewayIT
class CommandDispatcherIT {

    @Autowired
    CommandDispatcher dispatcher;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return dispatcher.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void versionPrintsTheBuildVersion() {
        assertThat(run("version")).isZero();
        assertThat(out.toString()).startsWith("crm-gateway 0.");
    }

    @Test
    void helpListsTheSubcommandBeans() {
        assertThat(run("help")).isZero();
        assertThat(out.toString()).contains("version").contains("help");
    }

    @Test
    void unknownSubcommandFailsWithUsage() {
        assertThat(run("no-such-command")).isNotZero();
        assertThat(err.toString()).contains("no-such-command");
    }

    @Test
    void catalogFindsTheSubcommandsBeforeSpringStarts() {
        assertThat(CommandCatalog.scan("org.crmgateway")).containsKeys("version", "help");
    }
}
