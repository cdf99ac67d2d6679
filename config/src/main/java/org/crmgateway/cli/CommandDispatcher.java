package org.crmgateway.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;

import org.springframework.aop.framework.AopProxyUtils;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Runs one subcommand: every bean annotated with {@code @Command} that implements
 * {@code Callable<Integer>} is registered under its command name, next to picocli's {@code help}.
 * Command beans should not be proxied (picocli sets options on the object it is given; a proxy's
 * target is unwrapped when it is a singleton target).
 */
@Component
public class CommandDispatcher {

    static final String HELP = "help";

    @Command(name = "crm-gateway", mixinStandardHelpOptions = true,
            description = "CRM Gateway. Without a subcommand (or with options such as --demo) it runs the server.")
    static final class Root implements Callable<Integer> {
        @Override
        public Integer call() {
            return 0;
        }
    }

    private final ApplicationContext context;

    public CommandDispatcher(ApplicationContext context) {
        this.context = context;
    }

    /** Executes {@code args} (subcommand first) and returns the exit code; output goes to the given writers. */
    public int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine line = new CommandLine(new Root());
        line.addSubcommand(HELP, new CommandLine.HelpCommand());
        for (Map.Entry<String, Object> bean : context.getBeansWithAnnotation(Command.class).entrySet()) {
            Object target = AopProxyUtils.getSingletonTarget(bean.getValue());
            Object command = target != null ? target : bean.getValue();
            Command annotation = context.findAnnotationOnBean(bean.getKey(), Command.class);
            if (command instanceof Callable<?> && annotation != null) {
                line.addSubcommand(annotation.name().isBlank() ? bean.getKey() : annotation.name(), command);
            }
        }
        line.setOut(out);
        line.setErr(err);
        return line.execute(args);
    }
}
