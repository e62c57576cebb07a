package org.milmove.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.milmove.testsupport.TestDatabase;
import org.milmove.testsupport.WithPostgres;

/** What the jar prints, logs included, when migrations fail: no secure migration's contents, no stack traces. */
@WithPostgres
class FailureOutputJarIT {
    private static final String CANARY = "CANARY-078-05-1120";

    private final TestDatabase db;
    @TempDir
    Path dir;

    FailureOutputJarIT(TestDatabase db) {
        this.db = db;
    }

    @BeforeEach
    void emptyDatabase() throws SQLException {
        db.emptyPublicSchema();
    }

    @Test
    void debugLoggingShowsNoStatementOfASecureMigrationThatRunsOrFails() throws Exception {
        var project = new MigrationProject(dir)
                .listed("schema", "20250101000000_create_people.up.sql", "CREATE TABLE people (ssn text);")
                .listed("secure", "20250102000000_add_person.up.sql", "INSERT INTO people VALUES ('" + CANARY + "-1');")
                .listed("secure", "20250103000000_broken.up.sql",
                        "CREATE FUNCTION f() RETURNS text LANGUAGE sql BEGIN ATOMIC SELECT '" + CANARY + "-2';\n");

        // --debug is the most the CLI logs (output.ConsoleLog).
        CliResult result = new MilmoveProcess(dir, environment(project)).run("migrate", "--debug");

        assertThat(result.exitCode()).as(result.all()).isEqualTo(1);
        assertThat(result.err()).as("debug logging is on").contains("DEBUG");
        assertThat(result.err()).contains("Secure migration " + dir.resolve("secure").resolve("20250103000000_broken.up.sql") + " failed at line 1");
        assertThat(result.all()).doesNotContain(CANARY);
        assertThat(db.column("SELECT ssn FROM people")).containsExactly(CANARY + "-1");
    }

    @Test
    void aConnectionTheServerDropsMidMigrationIsOneClearMessageWithoutStackTraces() throws Exception {
        var project = new MigrationProject(dir).listed("schema", "20250101000000_slow.up.sql",
                "CREATE TABLE slow (id int);\nSELECT pg_sleep(60);\n");

        Process migrate = new MilmoveProcess(dir, environment(project)).start("migrate");
        db.terminateOnceRunning("pg_sleep(60)");
        CliResult result = MilmoveProcess.finish(migrate);

        assertThat(result.exitCode()).as(result.all()).isEqualTo(1);
        assertThat(result.all()).doesNotContain("\tat ").doesNotContain("Unable to rollback transaction");
        assertThat(result.err()).startsWith("milmove: ").contains("20250101000000_slow.up.sql").contains("Line       : 2");
        assertThat(db.column("SELECT to_regclass('public.slow')::text")).containsOnlyNulls();
    }

    @Test
    void pricingVerifyOfAProductionFileInTmpShowsNoneOfItsData() throws Exception {
        db.execute("CREATE TABLE re_people (ssn text, n int); INSERT INTO re_people VALUES ('a', 1);");
        // pricing verify builds its scratch database from the listed migrations, the file in place of its stand-in.
        var project = new MigrationProject(dir)
                .listed("schema", "20240101000000_create_re_people.up.sql", "CREATE TABLE re_people (ssn text, n int);")
                .listed("secure", "20250101000000_pricing_data_test.up.sql", "-- scrubbed stand-in\n");
        Path production = Files.createDirectories(dir.resolve("tmp")).resolve("20250101000000_pricing_data_test.up.sql");
        Files.writeString(production, "-- production file\nCOPY public.re_people (ssn, n) FROM stdin;\na\t" + CANARY + "\n\\.\n");

        CliResult result = new MilmoveProcess(dir, environment(project))
                .run("pricing", "verify", "tmp/" + production.getFileName());

        assertThat(result.exitCode()).as(result.all()).isEqualTo(1);
        assertThat(result.err()).startsWith("milmove: Secure migration " + production + " failed at line 2 (SQL state 22P02).");
        assertThat(result.all()).doesNotContain(CANARY);
    }

    private Map<String, String> environment(MigrationProject project) {
        return Map.of("DB_HOST", db.host(), "DB_PORT", String.valueOf(db.port()), "DB_NAME", db.name(),
                "DB_USER", db.user(), "DB_PASSWORD", db.password(), "DB_RETRY_MAX", "0",
                "MIGRATION_MANIFEST", project.manifest().toString(), "MIGRATION_PATH", project.migrationPath());
    }
}
