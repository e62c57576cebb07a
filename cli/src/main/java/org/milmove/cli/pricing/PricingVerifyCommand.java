package org.milmove.cli.pricing;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.milmove.cli.ExitCode;
import org.milmove.cli.UserException;
import org.milmove.cli.db.Database;
import org.milmove.cli.db.DatabaseOptions;
import org.milmove.cli.migrate.MigrationOptions;
import org.milmove.cli.migrate.MigrationsWithFile;
import org.milmove.flyway.manifest.MigrationName;
import org.milmove.pricing.dump.DumpException;
import org.milmove.pricing.dump.DumpSource;
import org.milmove.pricing.dump.DumpVerification;
import org.milmove.pricing.dump.TableDigest;
import org.milmove.pricing.dump.TableName;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "verify",
        description = {
            "Check a production pricing file against the database it was dumped from: build a scratch database on the",
            "same server from the repository's migrations, as 'migrate' would, with FILE in place of the listed",
            "migration of its name (its stand-in), then compare the row counts and content hashes of every table FILE",
            "copies into with the source. The scratch database is dropped afterwards.",
            "Exit code 1 when anything differs or a migration fails."},
        footerHeading = "%nExamples:%n",
        footer = "  bin/milmove pricing verify tmp/20250101120000_pricing_data_truss_test.up.sql")
public final class PricingVerifyCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "The production file written by 'gen pricing-migration'.")
    Path file;

    @Mixin
    MigrationOptions migrations;
    @Mixin
    DatabaseOptions database;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        String fileName = file.getFileName().toString();
        if (!Files.isRegularFile(file)) {
            throw new UserException(file + " does not exist");
        }
        if (!MigrationName.isSql(fileName)) {
            throw new UserException(file + " is not named like a migration (<version>_<name>.up.sql)");
        }
        List<String> copied = copiedTables();
        MigrationsWithFile withFile = MigrationsWithFile.of(migrations, file);
        try (Database db = database.open(System.getenv())) {
            DumpSource source = Sources.of(db);
            try (ScratchDatabase scratch = ScratchDatabase.create(source)) {
                int applied = withFile.apply(scratch);
                spec.commandLine().getOut().printf("Built a scratch database from %s: %d migrations, %s in place of the"
                        + " one of its name.%n", withFile.manifest(), applied, file);
                return compare(source, scratch.source(), copied);
            }
        }
    }

    private List<String> copiedTables() {
        try {
            List<String> copied = DumpVerification.copiedTables(file);
            if (copied.isEmpty()) {
                throw new UserException(file + " has no COPY statements; is it the production file (not the scrubbed stand-in)?");
            }
            return copied;
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + file, e);
        }
    }

    private int compare(DumpSource source, DumpSource scratch, List<String> copied) {
        try (Connection from = source.dataSource().getConnection(); Connection to = scratch.dataSource().getConnection()) {
            List<TableName> tables = new ArrayList<>();
            for (String name : copied) {
                tables.add(DumpVerification.table(from, name));
            }
            return compare(from, to, tables, spec.commandLine().getOut());
        } catch (SQLException e) {
            throw new UserException("Could not verify against " + source + ": " + e.getMessage(), e);
        } catch (DumpException e) {
            throw new UserException(e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int compare(Connection from, Connection to, List<TableName> tables, PrintWriter out)
            throws SQLException, IOException {
        int width = Math.max(5, tables.stream().mapToInt(t -> t.sql().length()).max().orElse(0));
        String format = "%-" + width + "s %12s %12s  %-7s  %s%n";
        out.printf(format, "table", "source rows", "file rows", "content", "result");
        int differences = 0;
        for (TableName t : tables) {
            TableDigest expected = DumpVerification.digest(from, t);
            TableDigest loaded = DumpVerification.digest(to, t);
            boolean sameRows = expected.rows() == loaded.rows();
            boolean sameContent = expected.sha256().equals(loaded.sha256());
            if (!sameRows || !sameContent) {
                differences++;
            }
            out.printf(format, t.sql(), expected.rows(), loaded.rows(), sameContent ? "same" : "differs",
                    sameRows && sameContent ? "ok" : "DIFFERENT");
        }
        if (differences == 0) {
            out.printf("OK: all %d tables match the source database.%n", tables.size());
            return ExitCode.OK;
        }
        out.printf("FAILED: %d of %d tables differ from the source database.%n", differences, tables.size());
        return ExitCode.FAILED;
    }
}
