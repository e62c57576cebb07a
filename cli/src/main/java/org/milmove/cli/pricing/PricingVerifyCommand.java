package org.milmove.cli.pricing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.milmove.cli.ExitCode;
import org.milmove.cli.UserException;
import org.milmove.cli.db.Database;
import org.milmove.cli.db.DatabaseOptions;
import org.milmove.cli.migrate.MigrationOptions;
import org.milmove.cli.migrate.MigrationsWithFile;
import org.milmove.flyway.manifest.MigrationName;
import org.milmove.pricing.contracts.ContractTables;
import org.milmove.pricing.contracts.RollbackScript;
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
            "A rollback written by 'gen pricing-rollback-migration' is applied to a scratch copy of the pricing tables",
            "instead: the contract must be gone and every other row unchanged (per-table content hashes).",
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
        Optional<String> rolledBack = RollbackScript.contractOf(firstLine());
        if (rolledBack.isPresent()) {
            return verifyRollback(rolledBack.get());
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

    private String firstLine() {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line = reader.readLine();
            return line == null ? "" : line;
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + file, e);
        }
    }

    /**
     * A rollback cannot run where its stand-in is listed (a scratch database built from migrations holds no
     * contracts): the scratch gets the migrations as listed, then a copy of the source's pricing tables, then FILE.
     */
    private int verifyRollback(String contractCode) {
        MigrationsWithFile listed = MigrationsWithFile.asListed(migrations, file);
        try (Database db = database.open(System.getenv())) {
            DumpSource source = Sources.of(db);
            try (ScratchDatabase scratch = ScratchDatabase.create(source);
                    Connection from = source.dataSource().getConnection();
                    Connection to = scratch.dataSource().getConnection()) {
                int applied = listed.apply(scratch);
                long rows = DumpVerification.copyPricingTables(from, to);
                PrintWriter out = spec.commandLine().getOut();
                out.printf("Built a scratch database from %s (%d migrations) and copied the %,d rows of the pricing tables"
                        + " of %s into it.%n", listed.manifest(), applied, rows, source);
                if (!rollBack(to, out)) {
                    return ExitCode.FAILED;
                }
                return compareAfterRollback(from, to, contractCode, out);
            } catch (SQLException e) {
                throw new UserException("Could not verify against " + source + ": " + e.getMessage(), e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private boolean rollBack(Connection scratch, PrintWriter out) throws IOException {
        try (Statement s = scratch.createStatement()) {
            s.execute(Files.readString(file, StandardCharsets.UTF_8));
            out.printf("Applied %s to it.%n", file);
            return true;
        } catch (SQLException e) {
            out.printf("FAILED: %s failed on the scratch copy: %s%n", file, e.getMessage());
            return false;
        }
    }

    /** Every pricing table after the rollback must hold exactly the source's rows of the other contracts. */
    private static int compareAfterRollback(Connection from, Connection to, String contractCode, PrintWriter out)
            throws SQLException, IOException {
        Map<String, String> owned = new HashMap<>();
        for (ContractTables.Owned t : ContractTables.childrenFirst(from)) {
            owned.put(t.table().sql(), t.where(contractCode));
        }
        List<TableName> tables = DumpVerification.pricingTables(from);
        int width = Math.max(5, tables.stream().mapToInt(t -> t.sql().length()).max().orElse(0));
        String format = "%-" + width + "s %12s %14s %12s  %-7s  %s%n";
        out.printf(format, "table", "source rows", "contract rows", "rows after", "others", "result");
        int differences = 0;
        for (TableName t : tables) {
            String contractRows = owned.getOrDefault(t.sql(), "false");
            long ofContract = DumpVerification.digest(from, t, contractRows).rows();
            TableDigest others = DumpVerification.digest(from, t, "NOT coalesce((" + contractRows + "), false)");
            TableDigest after = DumpVerification.digest(to, t);
            boolean same = others.rows() == after.rows() && others.sha256().equals(after.sha256());
            differences += same ? 0 : 1;
            out.printf(format, t.sql(), others.rows() + ofContract, ofContract, after.rows(), same ? "same" : "differ",
                    same ? "ok" : "DIFFERENT");
        }
        if (differences == 0) {
            out.printf("OK: contract %s is gone from all %d tables and every other row is unchanged.%n", contractCode,
                    tables.size());
            return ExitCode.OK;
        }
        out.printf("FAILED: %d of %d tables do not hold exactly the other contracts' rows after the rollback.%n",
                differences, tables.size());
        return ExitCode.FAILED;
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
