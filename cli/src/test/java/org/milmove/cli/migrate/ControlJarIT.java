package org.milmove.cli.migrate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.milmove.cli.CliResult;
import org.milmove.cli.MigrationProject;
import org.milmove.cli.MilmoveProcess;
import org.milmove.testsupport.TestDatabase;
import org.milmove.testsupport.WithPostgres;

/** migrate --dry-run and repair's prompt with the CLI jar as a process: what they print, their exit codes, stdin. */
@WithPostgres
class ControlJarIT {
    private final TestDatabase db;
    @TempDir
    Path dir;
    private MigrationProject project;

    ControlJarIT(TestDatabase db) {
        this.db = db;
    }

    @BeforeEach
    void emptyDatabase() throws SQLException {
        db.emptyPublicSchema();
        project = new MigrationProject(dir)
                .listed("schema", "20250101000000_create_things.up.sql", "CREATE TABLE things (name text);")
                .listed("schema", "20250102000000_add_rows.up.sql", "INSERT INTO things VALUES ('one');");
    }

    @Test
    void dryRunPrintsThePlanOnStdoutAndExitsZeroOrTwo() throws Exception {
        CliResult plan = milmove().run(args("migrate", "--dry-run"));

        assertThat(plan.exitCode()).as(plan.all()).isZero();
        assertThat(plan.out()).containsSubsequence("Dry run on database " + db.name() + " on " + db.host() + ":" + db.port()
                + " as " + db.user() + ": nothing is changed. A migrate would:", "  main: apply 20250101000000",
                "  main: apply 20250102000000", "In all: apply 2 migrations, run 0 DDL files.");
        assertThat(db.column("SELECT to_regclass('flyway_schema_history')::text")).containsOnlyNulls();

        project.list("20250103000000_not_there.up.sql");
        CliResult problem = milmove().run(args("migrate", "--dry-run"));

        assertThat(problem.exitCode()).isEqualTo(2);
        assertThat(problem.err()).contains("20250103000000_not_there.up.sql").doesNotContain("\tat ");
        assertThat(problem.out()).doesNotContain("A migrate would");
    }

    @Test
    void repairAsksAndANoChangesNothing() throws Exception {
        assertThat(milmove().run(args("migrate")).exitCode()).isZero();
        Files.writeString(dir.resolve("schema/20250102000000_add_rows.up.sql"), "-- reviewed\nINSERT INTO things VALUES ('one');");
        List<String> checksums = db.column("SELECT checksum FROM flyway_schema_history ORDER BY installed_rank");

        CliResult declined = answering("n\n", args("repair"));

        assertThat(declined.exitCode()).as(declined.all()).isEqualTo(1);
        assertThat(declined.out()).contains("  record the current checksum of 20250102000000 (").contains("Nothing repaired.");
        assertThat(declined.err()).contains("Repair the history of database " + db.name() + " on " + db.host() + ":"
                + db.port() + " as " + db.user() + "? (y/N)");
        assertThat(db.column("SELECT checksum FROM flyway_schema_history ORDER BY installed_rank")).isEqualTo(checksums);

        CliResult accepted = answering("y\n", args("repair"));

        assertThat(accepted.exitCode()).as(accepted.all()).isZero();
        assertThat(accepted.out()).contains("1 migration realigned (20250102000000)");
        assertThat(db.column("SELECT checksum FROM flyway_schema_history ORDER BY installed_rank")).isNotEqualTo(checksums);
        assertThat(milmove().run(args("validate")).exitCode()).isZero();
    }

    /** {@code command} over the project and the test database, then {@code flags}. */
    private String[] args(String command, String... flags) {
        List<String> args = new ArrayList<>(project.args(command, db));
        args.addAll(List.of(flags));
        return args.toArray(String[]::new);
    }

    private CliResult answering(String stdin, String... args) throws Exception {
        Process process = milmove().start(args);
        try (var in = process.getOutputStream()) {
            in.write(stdin.getBytes(StandardCharsets.UTF_8));
        }
        return MilmoveProcess.finish(process);
    }

    private MilmoveProcess milmove() {
        return new MilmoveProcess(dir, Map.of());
    }
}
