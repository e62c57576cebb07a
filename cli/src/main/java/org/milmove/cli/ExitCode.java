package org.milmove.cli;

/** The process exit codes, as documented in {@code milmove --help}. */
public final class ExitCode {
    public static final int OK = 0;
    /** A migration failed (it was rolled back) or validation found a problem. */
    public static final int FAILED = 1;
    /** Bad usage or configuration: options, manifest, migration path, database connection. */
    public static final int USAGE = 2;

    private ExitCode() {
    }
}
