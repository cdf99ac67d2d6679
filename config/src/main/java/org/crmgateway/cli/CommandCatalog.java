package org.crmgateway.cli;

import java.util.Map;
import java.util.TreeMap;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;
import picocli.CommandLine.Command;

/**
 * The subcommand names on the class path, found before Spring starts, so that the launcher knows
 * whether the first argument names a subcommand or the server should run.
 */
final class CommandCatalog {

    private CommandCatalog() {
    }

    /** Names of the {@code @Command} classes under {@code basePackage}, plus picocli's built-in {@code help}. */
    static Map<String, String> scan(String basePackage) {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Command.class));
        Map<String, String> names = new TreeMap<>();
        names.put(CommandDispatcher.HELP, "picocli.CommandLine$HelpCommand");
        for (BeanDefinition candidate : scanner.findCandidateComponents(basePackage)) {
            Class<?> type = ClassUtils.resolveClassName(candidate.getBeanClassName(), CommandCatalog.class.getClassLoader());
            Command command = type.getAnnotation(Command.class);
            if (command != null && !command.name().isBlank() && !command.name().startsWith("<")) {
                names.put(command.name(), type.getName());
                for (String alias : command.aliases()) {
                    names.put(alias, type.getName());
                }
            }
        }
        return names;
    }
}
