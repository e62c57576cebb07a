package org.milmove.cli.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
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

/** Output levels and --output json from the built jar, stdout and stderr apart, as CI reads them. */
@WithPostgres
class OutputJarIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SECRET = "rate_table_secret_7731";

    @TempDir
    Path dir;
    MigrationProject project;
    TestDatabase db;

    @BeforeEach
    void project(TestDatabase db) throws Exception {
        this.db = db;
        db.emptyPublicSchema();
        project = new MigrationProject(dir.resolve("app"))
                .listed("schema", "20250101000000_create_things.up.sql", "CREATE TABLE things (id int);")
                .listed("secure", "20250102000000_update_rates.up.sql",
                        "-- " + SECRET + "\nINSERT INTO things VALUES (length('" + SECRET + "'));\n");
    }

    @Test
    void theDefaultPrintsResultsAndPhaseLinesWithoutFlywaysInfo() throws Exception {
        CliResult result = run("migrate");

        assertThat(result.exitCode()).as(result.all()).isZero();
        assertThat(result.out()).contains("Applied 2 migrations", "DML: skipped, no manifest");
        assertThat(result.all()).doesNotContain("INFO ", "Successfully applied");
    }

    @Test
    void quietPrintsTheResultAlone() throws Exception {
        CliResult result = run("migrate", "-q");

        assertThat(result.exitCode()).as(result.all()).isZero();
        assertThat(result.out()).startsWith("Applied 2 migrations").doesNotContain("skipped");
        assertThat(result.err()).isEmpty();
    }

    @Test
    void verbosePrintsFlywaysInfoOnStderr() throws Exception {
        CliResult result = run(List.of("-v"), "migrate");

        assertThat(result.exitCode()).as(result.all()).isZero();
        assertThat(result.err()).contains("INFO Successfully applied 2 migrations");
        assertThat(result.out()).doesNotContain("INFO ");
    }

    @Test
    void debugNeverShowsTheSqlOfASecureMigration() throws Exception {
        CliResult result = run("migrate", "--debug");

        assertThat(result.exitCode()).as(result.all()).isZero();
        assertThat(result.err()).contains("DEBUG ");
        assertThat(result.all()).doesNotContain(SECRET);
    }

    @Test
    void migrateInfoAndValidatePrintOneJsonDocumentEach() throws Exception {
        CliResult migrate = run("migrate", "--output", "json");
        JsonNode applied = document(migrate, "migrate", 0).get("main");
        assertThat(applied.get("schemaVersion").asText()).isEqualTo("20250102000000");
        assertThat(applied.get("applied")).hasSize(2);
        assertThat(applied.get("applied").get(1).get("file").asText()).endsWith("secure/20250102000000_update_rates.up.sql");
        assertThat(applied.get("applied").get(0).get("durationMs").isIntegralNumber()).isTrue();
        assertThat(migrate.err()).doesNotContain("{");

        JsonNode info = document(run("info", "--output", "json"), "info", 0);
        assertThat(info.get("migrations").findValuesAsText("state")).containsExactly("Success", "Success");

        JsonNode valid = document(run("validate", "--output", "json"), "validate", 0);
        assertThat(valid.get("valid").asBoolean()).isTrue();
        assertThat(valid.get("checked").asInt()).isEqualTo(2);
    }

    @Test
    void aFailedMigrationIsStillOneDocumentWithWhatFailedAndTheExitCode() throws Exception {
        project.listed("schema", "20250103000000_broken.up.sql", "CREATE TABLE nowhere.things (id int);");

        CliResult result = run("migrate", "--output", "json");

        JsonNode document = document(result, "migrate", 1);
        assertThat(document.get("error").get("exitCode").asInt()).isEqualTo(1);
        assertThat(document.get("error").get("message").asText()).contains("20250103000000_broken.up.sql");
        assertThat(result.err()).startsWith("milmove: ");
        assertThat(db.column("SELECT count(*)::text FROM flyway_schema_history WHERE version = '20250103000000'"))
                .containsExactly("0");
    }

    @Test
    void badUsageInJsonModeIsADocumentWithExitCodeTwo() throws Exception {
        CliResult badValue = run("validate", "--output", "json", "--db-retry-max", "many");
        assertThat(document(badValue, "validate", 2).get("error").get("message").asText())
                .contains("--db-retry-max", "See 'milmove validate --help'");

        CliResult manifest = new MilmoveProcess(dir, Map.of()).run("manifest", "check", "--output", "json",
                "-m", project.manifest().toString(), "--schema-dir", dir.resolve("app/schema").toString(),
                "--secure-dir", dir.resolve("app/secure").toString());
        assertThat(document(manifest, "manifest check", 0).get("files").asInt()).isEqualTo(2);

        project.unlisted("schema", "20250104000000_forgotten.up.sql", "SELECT 1;");
        CliResult unlisted = new MilmoveProcess(dir, Map.of()).run("manifest", "check", "--output", "json",
                "-m", project.manifest().toString(), "--schema-dir", dir.resolve("app/schema").toString(),
                "--secure-dir", dir.resolve("app/secure").toString());
        JsonNode problems = document(unlisted, "manifest check", 2).get("problems");
        assertThat(problems.get(0).asText()).contains("20250104000000_forgotten.up.sql");
    }

    @Test
    void adoptInJsonModeNamesWhatItWouldWrite() throws Exception {
        db.execute("CREATE TABLE schema_migration (version varchar(14) PRIMARY KEY);"
                + " INSERT INTO schema_migration VALUES ('20250101000000');");

        JsonNode adopt = document(run("db adopt", "--dry-run", "--output", "json"), "db adopt", 0);

        assertThat(adopt.get("dryRun").asBoolean()).isTrue();
        assertThat(adopt.get("adopted").findValuesAsText("version")).containsExactly("20250101000000");
        assertThat(adopt.get("pending").get(0).asText()).isEqualTo("20250102000000");
    }

    @Test
    void progressLinesNeverReachAPipe() throws Exception {
        project.listed("schema", "20250105000000_slow.up.sql", "SELECT pg_sleep(0.5);");

        CliResult result = run("migrate");

        assertThat(result.exitCode()).as(result.all()).isZero();
        assertThat(result.all()).doesNotContain("\r", "applying");
    }

    @Test
    void aTerminalSeesWhichMigrationIsRunning() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/script")), "script(1) gives the jar a terminal");
        project.listed("schema", "20250105000000_slow.up.sql", "SELECT pg_sleep(0.5);");

        String terminal = HelpJarIT.onATerminal(Map.of(), project.args("migrate", db).toArray(String[]::new));

        assertThat(terminal).contains("\r  applying 20250105000000 slow…").contains("Applied 3 migrations");
    }

    /** The whole of stdout as one JSON document with the envelope every --output json document has. */
    static JsonNode document(CliResult result, String command, int exitCode) throws Exception {
        assertThat(result.exitCode()).as(result.all()).isEqualTo(exitCode);
        JsonNode document = JSON.readTree(result.out());
        assertThat(document.get("schemaVersion").asInt()).isEqualTo(OutputFormat.SCHEMA_VERSION);
        assertThat(document.get("command").asText()).isEqualTo(command);
        assertThat(document.get("exitCode").asInt()).isEqualTo(exitCode);
        assertThat(document.get("durationMs").asLong()).isNotNegative();
        assertThat(document.get("error").isNull()).isEqualTo(exitCode == 0);
        return document;
    }

    /** {@code command} (one or two words) over the project and the test database, then {@code options}. */
    private CliResult run(String command, String... options) throws Exception {
        return run(List.of(), command, options);
    }

    private CliResult run(List<String> first, String command, String... options) throws Exception {
        List<String> words = List.of(command.split(" "));
        List<String> args = new ArrayList<>(first);
        args.addAll(words.subList(0, words.size() - 1));
        args.addAll(project.args(words.get(words.size() - 1), db));
        args.addAll(List.of(options));
        return new MilmoveProcess(dir, Map.of()).run(args.toArray(String[]::new));
    }
}
