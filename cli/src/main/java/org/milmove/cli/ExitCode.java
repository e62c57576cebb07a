package org.milmove.cli;

/** The process exit codes, as documented in {@code milmove --help}. */
public final class ExitCode {
    public static final int OK = 0;
    /**
     * The input was usable and something failed: a migration, DDL file or pricing import (in a transaction: rolled
     * back), validation, pricing verify, a download, an upload declined; or a bug.
     */
    public static final int FAILED = 1;
    /**
     * The input or setup needs fixing: options, manifest, environments file, migration path, files that cannot be
     * read or written, S3, the database connection.
     */
    public static final int USAGE = 2;

    private ExitCode() {
    }
}
