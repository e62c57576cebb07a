package org.milmove.cli.milmove;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.milmove.cli.CliResult;
import org.milmove.testsupport.TestDatabase;
import org.milmove.testsupport.WithPostgres;

/** db adopt on a database that pop migrated: nothing re-run, gaps applied, validate passes. */
@WithPostgres
class AdoptCommandTest {
    private static final String GAP = "20190102000000_after_dump.up.sql";

    private final TestDatabase db;
    @TempDir
    Path dir;
    private MiniMilMove project;

    AdoptCommandTest(TestDatabase db) {
        this.db = db;
    }

    /**
     * A database as MilMove's Go migrator leaves it: the schema and pop's schema_migration, no Flyway history, and one
     * older migration (merged late) not applied yet. Built by migrating without that file, then dropping Flyway's
     * history, so only what pop would have left remains.
     */
    @BeforeEach
    void popMigratedDatabase() throws Exception {
        db.emptyPublicSchema();
        project = MiniMilMove.copyTo(dir);
        Path manifest = project.file("migrations_manifest.txt");
        String listed = Files.readString(manifest);
        Files.writeString(manifest, listed.replace(GAP + "\n", ""));
        assertThat(run("migrate").exitCode()).isZero();
        db.execute("DROP TABLE flyway_schema_history; INSERT INTO schema_migration VALUES ('20170101000000');");
        Files.writeString(manifest, listed);
    }

    @Test
    void migrateInfoAndValidateRefuseUntilTheDatabaseIsAdopted() {
        for (String command : List.of("migrate", "info", "validate")) {
            CliResult result = run(command);

            assertThat(result.exitCode()).as(command + ": " + result.all()).isEqualTo(2);
            assertThat(result.err()).contains("records 15 applied migrations in pop's schema_migration")
                    .contains("milmove db adopt").doesNotContain("baseline").doesNotContain("\tat ");
        }
    }

    @Test
    void dryRunPrintsTheRowsAndWritesNothing() throws SQLException {
        CliResult result = run("db", "adopt", "--dry-run");

        assertThat(result.exitCode()).as(result.all()).isZero();
        assertThat(result.out()).contains("Would adopt").contains("20180103000000  20180103000000_create_issues.up.fizz  checksum")
                .contains("Would write 14 Flyway history rows").contains("nothing was written")
                .contains("Will run on the next migrate: 1 (20190102000000)")
                .contains("Recorded by pop but no listed file, no row written: 1 (20170101000000)");
        assertThat(db.column("SELECT to_regclass('flyway_schema_history')::text")).containsOnlyNulls();
    }

    @Test
    void adoptionThenMigrateAppliesOnlyTheGapAndNewFiles() throws Exception {
        CliResult adopted = run("db", "adopt");

        assertThat(adopted.exitCode()).as(adopted.all()).isZero();
        assertThat(adopted.out()).contains("Wrote 14 Flyway history rows (installed_by milmove-adopt); validate passes.");
        Files.writeString(project.file("schema/20250701000000_new_table.up.sql"), "CREATE TABLE brand_new (id int);\n");
        Files.writeString(project.file("migrations_manifest.txt"), "20250701000000_new_table.up.sql\n",
                java.nio.file.StandardOpenOption.APPEND);

        CliResult migrated = run("migrate");

        assertThat(migrated.exitCode()).as(migrated.all()).isZero();
        assertThat(migrated.out()).contains("Applied 2 migrations").contains("20190102000000").contains("20250701000000")
                .contains("DML: nothing to apply.");
        assertThat(db.column("SELECT version FROM flyway_schema_history WHERE installed_by <> 'milmove-adopt'"
                + " ORDER BY installed_rank")).containsExactly("20190102000000", "20250701000000");
        assertThat(run("validate").exitCode()).isZero();

        CliResult again = run("db", "adopt");
        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.err()).contains("already adopted");
    }

    @Test
    void strictRefusesVersionsWithoutFiles() throws SQLException {
        CliResult result = run("db", "adopt", "--strict");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("1 versions recorded in schema_migration have no listed file: 20170101000000");
        assertThat(db.column("SELECT to_regclass('flyway_schema_history')::text")).containsOnlyNulls();
    }

    private CliResult run(String... command) {
        List<String> args = new ArrayList<>(List.of(command));
        args.addAll(project.options(project.localPath()));
        args.addAll(List.of("--db-host", db.host(), "--db-port", String.valueOf(db.port()), "--db-name", db.name(),
                "--db-user", db.user(), "--db-password", db.password(), "--db-retry-max", "0"));
        return CliResult.run(args);
    }
}
