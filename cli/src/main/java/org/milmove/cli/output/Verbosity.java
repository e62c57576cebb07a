package org.milmove.cli.output;

/** How much a run prints besides its results and errors: -q, the default, -v, --debug. */
public enum Verbosity {
    /** Results and errors only. */
    QUIET,
    /** Results, warnings and one line per phase. */
    NORMAL,
    /** Also Flyway's and the libraries' INFO lines. */
    VERBOSE,
    /** Also DEBUG lines, never the statements of a migration (FlywayConsole). */
    DEBUG
}
