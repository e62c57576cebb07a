package org.milmove.cli;

import picocli.CommandLine.Model.CommandSpec;

/** Old option spellings keep working, hidden from help, with one line on stderr naming the new one. */
public final class DeprecatedOption {
    private DeprecatedOption() {
    }

    /** Says on {@code command}'s stderr that {@code old} is deprecated and what to use instead. */
    public static void warn(CommandSpec command, String old, String replacement) {
        command.commandLine().getErr().println("milmove: warning: " + old + " is deprecated; use " + replacement);
    }
}
