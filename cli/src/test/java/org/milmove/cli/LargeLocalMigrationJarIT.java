package org.milmove.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.milmove.testsupport.TestDatabase;
import org.milmove.testsupport.WithPostgres;

/**
 * A 250 MB local production file, text beyond Latin-1 included (two bytes a character in a Java string), applies
 * with a 256 MB heap through migrate and through pricing verify: local files over 1 MiB run streamed.
 */
@WithPostgres
class LargeLocalMigrationJarIT {
    private static final String PAYLOAD = "Zürich — 東京 — Αθήνα — Київ — São Paulo — ".repeat(3);

    @TempDir
    Path dir;

    @Test
    void a250MegabyteLocalFileAppliesThroughMigrateAndPricingVerifyWithA256MegabyteHeap(TestDatabase db) throws Exception {
        String load = "20250102000000_load_re_big.up.sql";
        var project = new MigrationProject(dir)
                .listed("schema", "20250101000000_create_re_big.up.sql", "CREATE TABLE re_big (id bigint PRIMARY KEY, payload text);")
                .list(load);
        Path file = dir.resolve("secure").resolve(load);
        long rows = LargeCopyFile.write(file, "public.re_big", 250L << 20, 50_000, PAYLOAD);
        assertThat(Files.size(file)).isGreaterThan(250L << 20);
        var milmove = new MilmoveProcess(dir, Map.of(
                "DB_HOST", db.host(), "DB_PORT", String.valueOf(db.port()), "DB_NAME", db.name(), "DB_USER", db.user(),
                "DB_PASSWORD", db.password() == null ? "" : db.password(),
                "MIGRATION_MANIFEST", project.manifest().toString(), "MIGRATION_PATH", project.migrationPath()),
                List.of("-Xmx256m"));

        CliResult migrate = milmove.run("migrate");

        assertThat(migrate.exitCode()).as(migrate.all()).isZero();
        try (Connection c = db.connect(); ResultSet rs = c.createStatement().executeQuery(
                "SELECT count(*), max(id), count(*) FILTER (WHERE payload <> '" + PAYLOAD + "') FROM re_big")) {
            rs.next();
            assertThat(rs.getLong(1)).isEqualTo(rows);
            assertThat(rs.getLong(2)).isEqualTo(rows);
            assertThat(rs.getLong(3)).as("rows whose text changed on the way").isZero();
        }

        CliResult verify = milmove.run("pricing", "verify", file.toString());

        assertThat(verify.exitCode()).as(verify.all()).isZero();
        assertThat(verify.out()).containsPattern("public\\.re_big +" + rows + " +" + rows + "  same +ok")
                .contains("OK: all 1 tables match the source database.");
    }
}
