package org.milmove.cli.pricing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.milmove.cli.UserException;
import org.milmove.cli.db.Database;
import org.milmove.cli.db.DatabaseOptions;
import org.milmove.cli.gen.SecureMigrationFiles;
import org.milmove.cli.gen.SecureMigrationOptions;
import org.milmove.cli.output.ProgressLine;
import org.milmove.pricing.dump.BlockLimits;
import org.milmove.pricing.dump.DumpException;
import org.milmove.pricing.dump.DumpProgress;
import org.milmove.pricing.dump.DumpRequest;
import org.milmove.pricing.dump.DumpResult;
import org.milmove.pricing.dump.DumpSource;
import org.milmove.pricing.dump.Engine;
import org.milmove.pricing.dump.PricingDump;
import org.milmove.pricing.dump.TableCount;
import org.milmove.pricing.dump.TableSelection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "pricing-migration",
        description = {
            "Dump the GHC pricing data (data only) as a secure migration:",
            "  tmp/<version>_<name>.up.sql                    the production file, with the data (never commit it);",
            "  migrations/app/secure/<version>_<name>.up.sql  its scrubbed stand-in (what it loads, no data);",
            "and list the new file in the manifest. The production file is readable by its owner only; if any step",
            "fails, the files already written are removed again."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  bin/milmove gen pricing-migration --contract-code TRUSS_TEST",
            "  bin/milmove gen pricing-migration --contract-code TRUSS_TEST --engine jdbc --jobs 8",
            "  bin/milmove gen pricing-migration --contract-code TRUSS_TEST --engine jdbc --exclude 're_services*' --exclude re_zip5_rate_areas"})
public final class PricingMigrationCommand implements Callable<Integer> {
    @Option(names = "--contract-code", required = true, description = "Contract whose data this is; must exist in re_contracts.")
    String contractCode;

    @Option(names = "--name", description = "Migration name after the version (default: pricing_data_<contract code>).")
    String name;

    @Option(names = "--engine", defaultValue = "auto",
            description = "auto (pg_dump when installed and not older than the server, else jdbc), pg_dump or jdbc (default: ${DEFAULT-VALUE}).",
            converter = EngineConverter.class)
    Engine engine;

    @Option(names = "--include", paramLabel = "PATTERN", description = "Tables to dump, as pg_dump -t patterns; repeatable (default: re_*).")
    List<String> includes = new ArrayList<>();

    @Option(names = "--exclude", paramLabel = "PATTERN", description = "Tables to leave out; repeatable (default: re_services*).")
    List<String> excludes = new ArrayList<>();

    @Option(names = "--pg-dump", paramLabel = "PROGRAM", description = "The pg_dump program (default: pg_dump on the PATH).")
    Path pgDump;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N", defaultValue = "" + DumpRequest.DEFAULT_JOBS,
            description = "Connections the jdbc engine reads with at once, in one snapshot, big tables in key ranges;"
                    + " the file is the same for any number, like pg_dump -j (default: ${DEFAULT-VALUE}).")
    int jobs;

    @Option(names = "--max-block-rows", defaultValue = "100000",
            description = "Rows per COPY block at most; Flyway holds one block in memory (default: ${DEFAULT-VALUE}).")
    long maxBlockRows;

    @Option(names = "--max-block-bytes", defaultValue = "8388608", description = "Bytes per COPY block at most (default: ${DEFAULT-VALUE}).")
    long maxBlockBytes;

    @Mixin
    SecureMigrationOptions migration;
    @Mixin
    DatabaseOptions database;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (jobs < 1) {
            throw new ParameterException(spec.commandLine(), "--jobs must be at least 1, not " + jobs);
        }
        SecureMigrationFiles files = migration.check(migrationName());
        DumpResult result;
        try (Database db = database.open(System.getenv())) {
            DumpSource source = Sources.of(db);
            requireContract(source);
            result = files.write(out -> dump(source, out), dumped -> standIn(files.fileName(), dumped));
        }
        report(files, result);
        return 0;
    }

    private String migrationName() {
        return name != null ? name : ContractCodes.migrationName("pricing_data_", contractCode);
    }

    private void requireContract(DumpSource source) {
        try (Connection c = source.dataSource().getConnection();
                PreparedStatement s = c.prepareStatement("SELECT 1 FROM re_contracts WHERE code = ?")) {
            s.setString(1, contractCode);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    throw new UserException("Contract " + contractCode + " is not in re_contracts of " + source.database()
                            + "; import the pricing data first or check --contract-code");
                }
            }
        } catch (SQLException e) {
            throw new UserException("Could not look up contract " + contractCode + " in " + source.database() + ": "
                    + e.getMessage(), e);
        }
    }

    private DumpResult dump(DumpSource source, OutputStream out) throws IOException {
        DumpRequest request = new DumpRequest(contractCode, selection(), engine,
                new BlockLimits(maxBlockBytes, maxBlockRows), pgDump, progress(), jobs);
        try {
            return PricingDump.dump(source, request, out);
        } catch (DumpException e) {
            throw new UserException(e.getMessage(), e);
        } catch (UncheckedIOException e) {
            // The file could not be written (a full disk): FileWrites names it and removes what was written.
            throw e.getCause();
        }
    }

    private TableSelection selection() {
        try {
            return TableSelection.of(includes, excludes);
        } catch (DumpException e) {
            throw new UserException(e.getMessage(), e);
        }
    }

    /** Rows per table as they are read, on the terminal only: a log or CI output gets the summary alone. */
    private DumpProgress progress() {
        ProgressLine line = ProgressLine.on(spec.commandLine().getErr());
        return (table, done, total) -> {
            String text = String.format("  %s: %,d of %,d rows", table.sql(), done, total);
            if (done == total) {
                line.done(text);
            } else {
                line.show(text);
            }
        };
    }

    private String standIn(String fileName, DumpResult result) {
        List<String> lines = new ArrayList<>(List.of(
                "-- Local stand-in for the secure migration " + fileName + ".",
                "-- The real file holds GHC pricing data for contract " + oneLine(contractCode)
                        + " and lives only in the secure migrations buckets.",
                "-- It loads " + result.totalRows() + " rows into " + result.tables().size() + " tables:"));
        int width = result.tables().stream().mapToInt(t -> t.table().sql().length()).max().orElse(0);
        for (TableCount t : result.tables()) {
            // The stand-in is committed: the same on every machine, whatever its locale.
            lines.add(String.format(Locale.ROOT, "--   %-" + width + "s %,12d", t.table().sql(), t.rows()));
        }
        return String.join(System.lineSeparator(), lines) + System.lineSeparator();
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\p{Cntrl}", "?");
    }

    private void report(SecureMigrationFiles files, DumpResult result) {
        PrintWriter out = spec.commandLine().getOut();
        out.printf("Wrote %s: %,d rows in %d tables, %,d bytes, %d COPY blocks and %,d INSERT statements (engine %s).%n",
                files.production(), result.totalRows(), result.tables().size(), result.bytes(), result.copyBlocks(),
                result.insertRows(), result.engine() == Engine.JDBC ? "jdbc" : "pg_dump " + result.engineVersion());
        out.println("  It holds the pricing data: never commit it.");
        out.printf("Wrote the scrubbed stand-in %s and listed it in %s.%n", files.standIn(), files.migration().manifest());
        files.printNextSteps(out, "Check the file loads and matches this database: bin/milmove pricing verify "
                + files.production());
    }
}
