package org.milmove.cli.output;

import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** How much every command prints: on the root command, inherited by every subcommand. */
public final class OutputOptions {
    @Option(names = {"-q", "--quiet"}, scope = ScopeType.INHERIT,
            description = "Print results and errors only.")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, scope = ScopeType.INHERIT,
            description = "Also print Flyway's progress (its INFO lines), on stderr.")
    boolean verbose;

    @Option(names = "--debug", scope = ScopeType.INHERIT,
            description = "Also print debug lines and stack traces, on stderr; never a migration's SQL.")
    boolean debug;

    /** The most detailed level asked for; the default when none is. */
    public Verbosity verbosity() {
        return debug ? Verbosity.DEBUG : verbose ? Verbosity.VERBOSE : quiet ? Verbosity.QUIET : Verbosity.NORMAL;
    }
}
