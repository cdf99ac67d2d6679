package org.crmgateway.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Decides what {@code java -jar crm-gateway.jar ARGS} does: when the first argument names a
 * subcommand, Spring starts without a web server (profile {@code cli}, so schedulers and start-up
 * tasks can stay off) and the subcommand runs; otherwise the server starts, {@code --demo} adding
 * the profile {@code demo}.
 */
public final class Launcher {

    /** The profile active while a subcommand runs. */
    public static final String CLI_PROFILE = "cli";
    /** The profile {@code --demo} switches on. */
    public static final String DEMO_PROFILE = "demo";

    private Launcher() {
    }

    public static void launch(Class<?> application, String[] args) {
        if (args.length > 0 && !args[0].startsWith("-")) {
            Map<String, String> commands = CommandCatalog.scan(application.getPackageName());
            if (commands.containsKey(args[0])) {
                System.exit(runCommand(application, args));
            }
        }
        server(application, args).run(args);
    }

    /** The server application, with the demo profile when {@code --demo} is among the arguments. */
    public static SpringApplication server(Class<?> application, String[] args) {
        SpringApplication app = new SpringApplication(application);
        if (Arrays.asList(args).contains("--demo")) {
            app.setAdditionalProfiles(DEMO_PROFILE);
        }
        return app;
    }

    private static int runCommand(Class<?> application, String[] args) {
        SpringApplication app = new SpringApplication(application);
        app.setWebApplicationType(WebApplicationType.NONE);
        app.setAdditionalProfiles(CLI_PROFILE);
        app.setDefaultProperties(Map.of("spring.main.banner-mode", "off", "logging.level.root", "WARN",
                "logging.level.org.flywaydb.core.internal.database.base.Database", "ERROR"));
        try (ConfigurableApplicationContext context = app.run(new String[0])) {
            PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
            PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
            return context.getBean(CommandDispatcher.class).execute(out, err, args);
        }
    }
}
