/**
 * The command line: {@code java -jar crm-gateway.jar <subcommand> ...} runs a subcommand, anything
 * else runs the server. Subcommands are Spring beans annotated with picocli's {@code @Command}
 * that implement {@code Callable<Integer>}; {@link org.crmgateway.cli.CommandDispatcher} finds
 * them, so a module adds a subcommand by adding such a bean. The only place that writes to the
 * console ({@link org.crmgateway.cli.ConsoleNotice}).
 */
@NullMarked
package org.crmgateway.cli;

import org.jspecify.annotations.NullMarked;
