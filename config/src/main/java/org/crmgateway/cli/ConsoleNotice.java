package org.crmgateway.cli;

import java.io.PrintStream;

/**
 * Prints a framed notice to the console: what a person starting the gateway must see once (a
 * generated password, the demo's URL), and that must not end up in log files.
 */
public final class ConsoleNotice {

    private ConsoleNotice() {
    }

    public static void print(String title, String... lines) {
        PrintStream out = System.out;
        String rule = "=".repeat(72);
        StringBuilder text = new StringBuilder().append('\n').append(rule).append("\n  ").append(title).append('\n');
        for (String line : lines) {
            text.append("  ").append(line).append('\n');
        }
        text.append(rule).append('\n');
        out.print(text);
        out.flush();
    }
}
