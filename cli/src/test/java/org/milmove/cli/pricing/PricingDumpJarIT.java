package org.milmove.cli.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.milmove.cli.CliResult;
import org.milmove.cli.MigrationProject;
import org.milmove.cli.MilmoveProcess;
import org.milmove.pricing.dump.DumpRequest;
import org.milmove.pricing.dump.DumpResult;
import org.milmove.pricing.dump.DumpSource;
import org.milmove.pricing.dump.Engine;
import org.milmove.pricing.dump.PricingDump;
import org.milmove.pricing.dump.TableSelection;
import org.milmove.testsupport.TestDatabase;
import org.milmove.testsupport.WithPostgres;
import org.postgresql.ds.PGSimpleDataSource;

/** A dump far bigger than the JVM's heap applies through 'milmove migrate', because its COPY blocks are bounded. */
@WithPostgres
class PricingDumpJarIT {
    private static final int ROWS = 1_000_000;
    private static final String TABLE = "CREATE TABLE re_big_rows (id integer PRIMARY KEY, label text NOT NULL)";
    @TempDir
    Path dir;

    @Test
    void aMillionRowDumpAppliesThroughMigrateWithA256MegabyteHeap(TestDatabase db) throws Exception {
        execute(db, TABLE + "; INSERT INTO re_big_rows SELECT i, md5(i::text) || md5((-i)::text) || md5((i * 7)::text)"
                + " FROM generate_series(1, " + ROWS + ") i");
        var project = new MigrationProject(dir).listed("schema", "20250101000000_create_big_rows.up.sql", TABLE + ";");
        Path dump = dir.resolve("secure/20250102000000_big_rows.up.sql");
        DumpResult result;
        try (OutputStream out = Files.newOutputStream(dump)) {
            result = PricingDump.dump(DumpSource.of((PGSimpleDataSource) db.dataSource()), DumpRequest.of("BIG")
                    .withEngine(Engine.JDBC).withSelection(TableSelection.of(List.of("re_big_rows"), List.of())), out);
        }
        project.list(dump.getFileName().toString());
        TestDatabase target = db.withName(db.name() + "_target");
        execute(db, "CREATE DATABASE " + target.name());

        CliResult migrate = new MilmoveProcess(dir, Map.of(
                "DB_HOST", db.host(), "DB_PORT", String.valueOf(db.port()), "DB_NAME", target.name(), "DB_USER", db.user(),
                "DB_PASSWORD", db.password() == null ? "" : db.password(),
                "MIGRATION_MANIFEST", project.manifest().toString(), "MIGRATION_PATH", project.migrationPath()),
                List.of("-Xmx256m"))
                .run("migrate");

        assertThat(migrate.exitCode()).as(migrate.all()).isZero();
        assertThat(Files.size(dump)).as("over 100 MB, too big for one COPY block under a 256 MiB heap")
                .isGreaterThan(100_000_000L);
        assertThat(copyBlocks(dump)).isEqualTo(result.copyBlocks()).isGreaterThanOrEqualTo(10);
        assertThat(fingerprint(target)).isEqualTo(fingerprint(db)).startsWith(ROWS + " ");
    }

    private static int copyBlocks(Path file) throws Exception {
        int blocks = 0;
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.startsWith("COPY public.re_big_rows (id, label) FROM stdin;")) {
                    blocks++;
                }
            }
        }
        return blocks;
    }

    private static String fingerprint(TestDatabase db) throws SQLException {
        try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT count(*) || ' ' || sum(id) || ' ' || sum(hashtext(label)::bigint) FROM re_big_rows")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static void execute(TestDatabase db, String sql) throws SQLException {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
