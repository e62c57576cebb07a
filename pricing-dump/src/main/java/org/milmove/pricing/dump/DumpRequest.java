package org.milmove.pricing.dump;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What to dump and how.
 *
 * @param contractCode written into the header; the caller checks that it exists
 * @param pgDump       the pg_dump program, or null to look for it on the PATH
 * @param jobs         how many connections the jdbc engine reads with at once, sharing one snapshot; the output is
 *                     the same for any number
 */
public record DumpRequest(String contractCode, TableSelection selection, Engine engine, BlockLimits limits, Path pgDump,
        DumpProgress progress, int jobs) {
    /** Connections the jdbc engine reads with unless told otherwise. */
    public static final int DEFAULT_JOBS = 4;

    public DumpRequest {
        Objects.requireNonNull(contractCode, "contractCode");
        Objects.requireNonNull(selection, "selection");
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(limits, "limits");
        progress = progress == null ? DumpProgress.NONE : progress;
        if (jobs < 1) {
            throw new IllegalArgumentException("jobs must be at least 1: " + jobs);
        }
    }

    /** The default tables, engine and block limits, no progress reports. */
    public static DumpRequest of(String contractCode) {
        return new DumpRequest(contractCode, TableSelection.defaults(), Engine.AUTO, BlockLimits.DEFAULT, null, null, DEFAULT_JOBS);
    }

    public DumpRequest withEngine(Engine other) {
        return new DumpRequest(contractCode, selection, other, limits, pgDump, progress, jobs);
    }

    public DumpRequest withSelection(TableSelection other) {
        return new DumpRequest(contractCode, other, engine, limits, pgDump, progress, jobs);
    }

    public DumpRequest withLimits(BlockLimits other) {
        return new DumpRequest(contractCode, selection, engine, other, pgDump, progress, jobs);
    }

    public DumpRequest withPgDump(Path other) {
        return new DumpRequest(contractCode, selection, engine, limits, other, progress, jobs);
    }

    public DumpRequest withProgress(DumpProgress other) {
        return new DumpRequest(contractCode, selection, engine, limits, pgDump, other, jobs);
    }

    public DumpRequest withJobs(int other) {
        return new DumpRequest(contractCode, selection, engine, limits, pgDump, progress, other);
    }
}
