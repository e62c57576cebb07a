package org.milmove.pricing.dump;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What to dump and how.
 *
 * @param contractCode written into the header; the caller checks that it exists
 * @param pgDump       the pg_dump program, or null to look for it on the PATH
 */
public record DumpRequest(String contractCode, TableSelection selection, Engine engine, BlockLimits limits, Path pgDump,
        DumpProgress progress) {

    public DumpRequest {
        Objects.requireNonNull(contractCode, "contractCode");
        Objects.requireNonNull(selection, "selection");
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(limits, "limits");
        progress = progress == null ? DumpProgress.NONE : progress;
    }

    /** The default tables, engine and block limits, no progress reports. */
    public static DumpRequest of(String contractCode) {
        return new DumpRequest(contractCode, TableSelection.defaults(), Engine.AUTO, BlockLimits.DEFAULT, null, null);
    }

    public DumpRequest withEngine(Engine other) {
        return new DumpRequest(contractCode, selection, other, limits, pgDump, progress);
    }

    public DumpRequest withSelection(TableSelection other) {
        return new DumpRequest(contractCode, other, engine, limits, pgDump, progress);
    }

    public DumpRequest withLimits(BlockLimits other) {
        return new DumpRequest(contractCode, selection, engine, other, pgDump, progress);
    }

    public DumpRequest withPgDump(Path other) {
        return new DumpRequest(contractCode, selection, engine, limits, other, progress);
    }

    public DumpRequest withProgress(DumpProgress other) {
        return new DumpRequest(contractCode, selection, engine, limits, pgDump, other);
    }
}
