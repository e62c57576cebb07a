package org.milmove.cli.milmove;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.milmove.cli.CliResult;
import org.milmove.cli.MilmoveProcess;
import org.milmove.testsupport.TestDatabase;
import org.milmove.testsupport.WithPostgres;

/** The jar as a process in a MilMove-shaped checkout, configured by the variables MilMove's .envrc sets. */
@WithPostgres
class MiniMilMoveJarIT {
    private final TestDatabase db;
    @TempDir
    Path dir;

    MiniMilMoveJarIT(TestDatabase db) {
        this.db = db;
    }

    @Test
    void fiveManifestMigrateThenAdoptionOfTheSameDatabase() throws Exception {
        db.emptyPublicSchema();
        MiniMilMove.copyTo(dir);
        var milmove = new MilmoveProcess(dir, envrc());

        CliResult migrated = milmove.run("migrate");

        assertThat(migrated.exitCode()).as(migrated.all()).isZero();
        assertThat(migrated.out()).contains("Applied 13 migrations", "DDL views: ran 20250101000200_vw_station_names.up.sql",
                "DML: applied 2 migrations");
        assertThat(migrated.err()).contains("milmove: warning: 20200102000000_reference_codes.up.sql");

        // Forget Flyway's history: what is left is what pop would have left, so adoption must take over from it.
        db.execute("DROP TABLE flyway_schema_history");
        CliResult refused = milmove.run("info");
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).contains("milmove db adopt").doesNotContain("\tat ");

        CliResult adopted = milmove.run("db", "adopt");

        assertThat(adopted.exitCode()).as(adopted.all()).isZero();
        assertThat(adopted.out()).contains("Wrote 15 Flyway history rows").contains("Will run on the next migrate: nothing");
        CliResult again = milmove.run("migrate");
        assertThat(again.exitCode()).as(again.all()).isZero();
        assertThat(again.out()).contains("Nothing to migrate").contains("DML: nothing to apply.");
        assertThat(db.column("SELECT count(*) FROM reference_codes")).containsExactly("2");
    }

    @Test
    void fizzTranslateWritesEachFile() throws Exception {
        MiniMilMove.copyTo(dir);
        Path out = dir.resolve("translated");

        CliResult result = new MilmoveProcess(dir, Map.of()).run("fizz", "translate", "--output-dir", out.toString(),
                "migrations/app/schema/20180103000000_create_issues.up.fizz",
                "migrations/app/schema/20180104000000_create_stations.up.fizz");

        assertThat(result.exitCode()).as(result.all()).isZero();
        assertThat(Files.readString(out.resolve("20180103000000_create_issues.sql"))).isEqualTo("""
                CREATE TABLE "issues" (
                "id" UUID NOT NULL,
                PRIMARY KEY("id"),
                "body" text NOT NULL,
                "created_at" timestamp NOT NULL,
                "updated_at" timestamp NOT NULL
                );""");
        assertThat(Files.readString(out.resolve("20180104000000_create_stations.sql")))
                .endsWith("CREATE UNIQUE INDEX \"service_members_edipi_idx\" ON \"service_members\" (edipi);");
    }

    /** MIGRATION_PATH, the manifests and the DDL folders as MilMove's .envrc exports them (absolute file:// paths). */
    private Map<String, String> envrc() {
        Path app = dir.resolve("migrations/app");
        Map<String, String> env = new HashMap<>(Map.of(
                "MIGRATION_PATH", "file://" + app.resolve("schema") + ";file://" + app.resolve("secure"),
                "MIGRATION_MANIFEST", app.resolve("migrations_manifest.txt").toString(),
                "DML_MIGRATION_MANIFEST", app.resolve("dml_migrations_manifest.txt").toString(),
                "DB_HOST", db.host(), "DB_PORT", String.valueOf(db.port()), "DB_NAME", db.name(),
                "DB_USER", db.user(), "DB_PASSWORD", db.password()));
        for (String phase : new String[] {"TYPES", "TABLES", "VIEWS", "FUNCTIONS"}) {
            String lower = phase.toLowerCase();
            env.put("DDL_" + phase + "_MIGRATION_PATH", "file://" + app.resolve("ddl_migrations/ddl_" + lower));
            env.put("DDL_" + phase + "_MIGRATION_MANIFEST", app.resolve("ddl_" + lower + "_manifest.txt").toString());
        }
        return env;
    }
}
