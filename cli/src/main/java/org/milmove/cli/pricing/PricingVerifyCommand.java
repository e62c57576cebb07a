package org.milmove.cli.pricing;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.milmove.cli.ExitCode;
import org.milmove.cli.FlywayConsole;
import org.milmove.cli.UserException;
import org.milmove.cli.db.Database;
import org.milmove.cli.db.DatabaseOptions;
import org.milmove.flyway.compat.MilMoveResourceProvider;
import org.milmove.flyway.manifest.Manifest;
import org.milmove.flyway.manifest.ManifestResourceProvider;
import org.milmove.flyway.manifest.MigrationName;
import org.milmove.flyway.manifest.MilMoveConventions;
import org.milmove.flyway.resolver.MigrationPath;
import org.milmove.flyway.resolver.FailedMigration;
import org.milmove.flyway.resolver.MigrationPathResourceProvider;
import org.milmove.flyway.resolver.SecureMigrationFailures;
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
            "Check a production pricing file against the database it was dumped from: apply it through Flyway to a",
            "scratch database on the same server that has only the structure of the dumped tables, then compare",
            "per-table row counts and content hashes. The scratch database is dropped afterwards.",
            "Exit code 1 when anything differs or the file does not apply."},
        footerHeading = "%nExamples:%n",
        footer = "  bin/milmove pricing verify tmp/20250101120000_pricing_data_truss_test.up.sql")
public final class PricingVerifyCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "The production file written by 'gen pricing-migration'.")
    Path file;

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
        try (Database db = database.open(System.getenv())) {
            DumpSource source = Sources.of(db);
            String scratch = "milmove_verify_" + Instant.now().getEpochSecond() + "_" + ThreadLocalRandom.current().nextInt(1000, 10000);
            execute(source, "CREATE DATABASE " + scratch);
            try {
                return verify(source, source.withDatabase(scratch), copied);
            } finally {
                execute(source, "DROP DATABASE IF EXISTS " + scratch + " WITH (FORCE)");
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

    private int verify(DumpSource source, DumpSource scratch, List<String> copied) {
        PrintWriter out = spec.commandLine().getOut();
        try (Connection from = source.dataSource().getConnection(); Connection to = scratch.dataSource().getConnection()) {
            List<TableName> tables = new ArrayList<>();
            for (String name : copied) {
                tables.add(DumpVerification.table(from, name));
            }
            DumpVerification.createStructure(from, to, tables);
            if (!apply(scratch)) {
                return ExitCode.FAILED;
            }
            return compare(from, to, tables, out);
        } catch (SQLException e) {
            throw new UserException("Could not verify against " + source + ": " + e.getMessage(), e);
        } catch (DumpException e) {
            throw new UserException(e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Applies the file the way production will: as the one listed migration, through Flyway, read as MilMove reads it. */
    private boolean apply(DumpSource scratch) {
        String fileName = file.getFileName().toString();
        Path folder = file.toAbsolutePath().getParent();
        MigrationPath path = MigrationPath.parse(folder.toString(), Path.of(""));
        var listed = new ManifestResourceProvider(Manifest.parse("verify " + fileName, fileName),
                MilMoveResourceProvider.builder(new MigrationPathResourceProvider(path)).build(), path.describe());
        FailedMigration failed = new FailedMigration();
        // The scratch tables exist before Flyway runs, so its history starts from a baseline below every version.
        Flyway flyway = MilMoveConventions.apply(Flyway.configure()).loggers(FlywayConsole.LOGGERS)
                .dataSource(scratch.dataSource()).baselineOnMigrate(true).baselineVersion("0")
                .resourceProvider(listed).callbacks(failed).load();
        try {
            flyway.migrate();
            return true;
        } catch (FlywayException e) {
            FlywayException shown = SecureMigrationFailures.redacted(e,
                    failed.of(e, flyway).map(MigrationInfo::getPhysicalLocation).orElse(null));
            spec.commandLine().getErr().println("milmove: " + file + " does not apply to an empty copy of its tables: "
                    + shown.getMessage());
            return false;
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

    private static void execute(DumpSource source, String sql) {
        try (Connection c = source.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new UserException("Could not " + sql.split(" ")[0].toLowerCase() + " a scratch database on the server of "
                    + source + ": " + e.getMessage(), e);
        }
    }
}
