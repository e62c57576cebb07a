package org.milmove.cli.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.milmove.cli.CliResult;
import org.milmove.testsupport.TestDatabase;
import org.milmove.testsupport.WithPostgres;

/** The review command around the rules: choosing migrations, scratch databases, secure files, ignores, formats. */
@WithPostgres
class ReviewCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RENAME = "20250601120000_rename_note.up.sql";

    private final TestDatabase server;
    private final List<String> devDatabases = new ArrayList<>();
    @TempDir
    Path dir;
    private ReviewProject project;
    private List<String> devState;

    ReviewCommandTest(TestDatabase server) {
        this.server = server;
    }

    @BeforeEach
    void migrateAFreshDevDatabase() throws SQLException {
        String name = "dev_" + Long.toHexString(System.nanoTime());
        server.execute("CREATE DATABASE " + name);
        devDatabases.add(name);
        project = ReviewProject.create(dir.resolve("project"), server.withName(name));
        CliResult migrated = project.run("migrate");
        assertThat(migrated.exitCode()).as(migrated.all()).isZero();
        devState = DevDatabaseState.of(project.dev());
    }

    @AfterEach
    void dropDevDatabases() throws SQLException {
        for (String name : devDatabases) {
            server.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }

    @Test
    void nothingPendingIsNothingToReview() throws SQLException {
        CliResult result = project.run("review");

        assertThat(result.exitCode()).as(result.all()).isZero();
        assertThat(result.out()).isEqualTo("Nothing to review: every listed migration is applied." + System.lineSeparator());
        assertUnchanged();
    }

    @Test
    void severalMigrationsAreReviewedInOrderEachOnTheStateTheOnesBeforeItLeave() throws Exception {
        project.listed("schema", "20250601120000_create_pets.up.sql", """
                        CREATE TABLE pets (id uuid PRIMARY KEY, name text NOT NULL);
                        COMMENT ON TABLE pets IS 'Pets of customers.';
                        COMMENT ON COLUMN pets.name IS 'The pet''s name.';
                        """)
                .listed("schema", "20250602120000_rename_pet_name.up.sql", """
                        -- pets existed before this migration: renaming its column breaks the running release.
                        ALTER TABLE pets RENAME COLUMN name TO full_name;
                        """);

        CliResult result = project.run("review");

        assertThat(result.exitCode()).as(result.all()).isEqualTo(1);
        assertThat(result.out())
                .contains("20250602120000_rename_pet_name.up.sql:2: error [rename-column] column pets.name is renamed to full_name")
                .contains("Reviewed 2 migrations against a clone of the database " + project.dev().name())
                .contains("1 error, 0 warnings.")
                .doesNotContain("20250601120000_create_pets.up.sql:");
        assertUnchanged();
    }

    @Test
    void anAppliedMigrationIsReviewedOnAFreshDatabaseMigratedUpToIt() throws Exception {
        project.listed("schema", RENAME, "ALTER TABLE orders RENAME COLUMN note TO remark;\n");
        assertThat(project.run("migrate").exitCode()).isZero();
        devState = DevDatabaseState.of(project.dev());

        CliResult result = project.run("review", project.file("schema", RENAME).toString());

        assertThat(result.exitCode()).as(result.all()).isEqualTo(1);
        assertThat(result.out())
                .contains(RENAME + ":1: error [rename-column] column orders.note is renamed to remark")
                .contains("note: " + RENAME + " is already applied to the database " + project.dev().name())
                .contains("against a fresh database migrated up to each reviewed migration");
        assertUnchanged();

        CliResult clone = project.run("review", "--scratch", "clone", project.file("schema", RENAME).toString());
        assertThat(clone.exitCode()).isEqualTo(2);
        assertThat(clone.err()).contains(RENAME + " is already applied to the database").contains("--scratch fresh");
    }

    @Test
    void aFreshScratchDatabaseIsMigratedInMilMovesOrderMainThenDdlThenDml() throws Exception {
        // The DML migration is older than every main one and needs the table the DDL phase creates.
        Path root = project.root();
        Files.createDirectories(root.resolve("ddl_tables"));
        Files.writeString(root.resolve("ddl_tables/20250101000100_tbl_dml_log.up.sql"), "CREATE TABLE IF NOT EXISTS dml_log (entry text);\n");
        Files.writeString(root.resolve("ddl_tables_manifest.txt"), "20250101000100_tbl_dml_log.up.sql\n");
        project.files().unlisted("schema", "20190101000000_dml_seed.up.sql", "INSERT INTO dml_log VALUES ('seeded');\n");
        Files.writeString(root.resolve("dml_manifest.txt"), "20190101000000_dml_seed.up.sql\n");
        project.listed("schema", RENAME, "ALTER TABLE orders RENAME COLUMN note TO remark;\n");

        CliResult result = project.run("review", "--scratch", "fresh", "-d", root.resolve("dml_manifest.txt").toString(),
                "--ddl-tables-migration-path", root.resolve("ddl_tables").toString(),
                "--ddl-tables-migration-manifest", root.resolve("ddl_tables_manifest.txt").toString(),
                project.file("schema", RENAME).toString());

        assertThat(result.exitCode()).as(result.all()).isEqualTo(1);
        assertThat(result.out()).contains(RENAME + ":1: error [rename-column]")
                .contains("against a fresh database migrated up to each reviewed migration").doesNotContain("migration-fails");
        assertUnchanged();
    }

    @Test
    void aDevDatabaseWithOtherSessionsIsNotClonedButReviewedFresh() throws Exception {
        project.listed("schema", RENAME, "ALTER TABLE orders RENAME COLUMN note TO remark;\n");

        try (Connection application = project.dev().connect()) {
            CliResult auto = project.run("review");
            assertThat(auto.exitCode()).as(auto.all()).isEqualTo(1);
            assertThat(auto.out()).contains("[rename-column]")
                    .contains("has other sessions (a running application?), so it cannot be cloned")
                    .contains("against a fresh database migrated up to each reviewed migration");

            CliResult clone = project.run("review", "--scratch", "clone");
            assertThat(clone.exitCode()).isEqualTo(2);
            assertThat(clone.err()).contains("Could not create a scratch database").contains("no other session on it");
        }
        assertUnchanged();
    }

    @Test
    void ignoresInTheFileAndInTheProjectFileAreReportedWithTheirReasonsAndDoNotFail() throws Exception {
        project.listed("schema", RENAME, """
                -- review:ignore rename-column the running release never reads orders.note
                ALTER TABLE orders RENAME COLUMN note TO remark;
                ALTER TABLE orders ADD COLUMN gift_wrap boolean;
                """);
        Path ignoreFile = Files.writeString(dir.resolve("review-ignore.txt"),
                "# rules this project does not follow\nmissing-column-comment our columns are documented elsewhere\n");

        CliResult result = project.run("review", "--ignore-file", ignoreFile.toString(), "--format", "json");

        assertThat(result.exitCode()).as(result.all()).isZero();
        JsonNode findings = JSON.readTree(result.out()).get("findings");
        assertThat(findings).hasSize(2);
        assertThat(findings.get(0).get("rule").asText()).isEqualTo("rename-column");
        assertThat(findings.get(0).get("ignored").asText()).isEqualTo("the running release never reads orders.note");
        assertThat(findings.get(1).get("rule").asText()).isEqualTo("missing-column-comment");
        assertThat(findings.get(1).get("ignored").asText()).isEqualTo("our columns are documented elsewhere");

        CliResult text = project.run("review", "--ignore-file", ignoreFile.toString());
        assertThat(text.out()).contains(RENAME + ":2: ignored [rename-column] column orders.note is renamed to remark:"
                + " queries of the running release that name note fail (ignored: the running release never reads orders.note)")
                .contains("0 errors, 0 warnings, 2 ignored.");
    }

    @Test
    void anIgnoreWithoutAReasonOrForAnUnknownRuleIsAUsageError() {
        project.listed("schema", RENAME, "-- review:ignore rename-column\nALTER TABLE orders RENAME COLUMN note TO remark;\n");
        CliResult noReason = project.run("review");
        assertThat(noReason.exitCode()).isEqualTo(2);
        assertThat(noReason.err()).contains(RENAME + ":1: rename-column is turned off without a reason;"
                + " write -- review:ignore <rule-id> <reason>");

        project.listed("schema", "20250602120000_other.up.sql", "-- review:ignore no-such-rule because\nSELECT 1;\n");
        project.files().unlisted("schema", RENAME, "SELECT 1;\n");
        CliResult unknown = project.run("review");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("20250602120000_other.up.sql:1: \"no-such-rule\" is not a review rule;"
                + " the rules are missing-table-comment, missing-column-comment");

        CliResult missingFile = project.run("review", "--ignore-file", dir.resolve("absent.txt").toString());
        assertThat(missingFile.exitCode()).isEqualTo(2);
        assertThat(missingFile.err()).contains("The ignore file " + dir.resolve("absent.txt") + " (--ignore-file) does not exist");
    }

    @Test
    void secureMigrationsAreReportedByFileLineAndRuleOnly() throws Exception {
        String secure = "20250601120000_fix_secret_rows.up.sql";
        project.listed("secure", secure, """
                ALTER TABLE customers RENAME COLUMN phone TO secret_phone_number;
                UPDATE customers SET name = 'Jane Secretperson' WHERE email = 'c1@example.com';
                INSERT INTO customers (id, name, email) VALUES ('SSN-123-45-6789', 'x', 'y');
                """);

        for (String format : List.of("text", "json", "gitlab", "sarif")) {
            CliResult result = project.run("review", "--format", format);

            assertThat(result.exitCode()).as(result.all()).isEqualTo(1);
            assertThat(result.all()).as(format).contains(secure).contains("rename-column").contains("migration-fails")
                    .doesNotContain("secret_phone_number").doesNotContain("phone").doesNotContain("Secretperson")
                    .doesNotContain("SSN-123").doesNotContain("invalid input syntax");
        }
        CliResult text = project.run("review");
        assertThat(text.out()).contains(secure + ":1: error [rename-column] Column renamed (details withheld: secure migration)")
                .contains(secure + ":3: error [migration-fails] Migration fails (details withheld: secure migration)");
        assertUnchanged();
    }

    @Test
    void gitLabAndSarifReportsCarryEveryFindingWithItsLocation() throws Exception {
        project.listed("schema", RENAME, """
                -- review:ignore missing-column-comment documented in the data dictionary
                ALTER TABLE orders RENAME COLUMN note TO remark;
                CREATE INDEX orders_status_idx ON orders (status);
                ALTER TABLE orders ADD COLUMN gift_wrap boolean;
                """);
        String file = project.file("schema", RENAME).toString();

        JsonNode gitlab = JSON.readTree(project.run("review", "--format", "gitlab").out());
        // The rename's lock is held while the index build reads orders: exclusive-lock-held on line 2 too.
        assertThat(gitlab).hasSize(3);
        Set<String> fingerprints = new HashSet<>();
        for (JsonNode issue : gitlab) {
            assertThat(issue.get("location").get("path").asText()).isEqualTo(file);
            fingerprints.add(issue.get("fingerprint").asText());
        }
        assertThat(fingerprints).hasSize(3);
        assertThat(gitlab.get(0).get("check_name").asText()).isEqualTo("rename-column");
        assertThat(gitlab.get(0).get("severity").asText()).isEqualTo("major");
        assertThat(gitlab.get(0).get("location").get("lines").get("begin").asInt()).isEqualTo(2);
        assertThat(gitlab.get(0).get("description").asText()).startsWith("rename-column: column orders.note is renamed");
        assertThat(gitlab.get(1).get("check_name").asText()).isEqualTo("exclusive-lock-held");
        assertThat(gitlab.get(2).get("check_name").asText()).isEqualTo("index-without-concurrently");
        assertThat(gitlab.get(2).get("severity").asText()).isEqualTo("minor");
        assertThat(JSON.readTree(project.run("review", "--format", "gitlab").out()).get(0).get("fingerprint").asText())
                .as("stable from run to run").isEqualTo(gitlab.get(0).get("fingerprint").asText());

        CliResult sarifRun = project.run("review", "--format", "sarif");
        assertThat(sarifRun.exitCode()).isEqualTo(1);
        JsonNode sarif = JSON.readTree(sarifRun.out());
        assertThat(sarif.get("version").asText()).isEqualTo("2.1.0");
        JsonNode run = sarif.get("runs").get(0);
        List<String> ruleIds = new ArrayList<>();
        run.get("tool").get("driver").get("rules").forEach(rule -> ruleIds.add(rule.get("id").asText()));
        assertThat(ruleIds).contains("rename-column", "index-without-concurrently", "missing-column-comment");
        JsonNode results = run.get("results");
        assertThat(results).hasSize(4);
        for (JsonNode result : results) {
            assertThat(ruleIds.get(result.get("ruleIndex").asInt())).isEqualTo(result.get("ruleId").asText());
            assertThat(result.get("locations").get(0).get("physicalLocation").get("artifactLocation").get("uri").asText())
                    .isEqualTo(file);
        }
        assertThat(results.get(0).get("level").asText()).isEqualTo("error");
        assertThat(results.get(0).get("locations").get(0).get("physicalLocation").get("region").get("startLine").asInt())
                .isEqualTo(2);
        assertThat(results.get(3).get("ruleId").asText()).isEqualTo("missing-column-comment");
        assertThat(results.get(3).get("suppressions").get(0).get("justification").asText())
                .isEqualTo("documented in the data dictionary");
    }

    @Test
    void filesAndSinceAreCheckedBeforeAnythingRuns() {
        project.files().unlisted("schema", RENAME, "ALTER TABLE orders RENAME COLUMN note TO remark;\n");

        CliResult unlisted = project.run("review", project.file("schema", RENAME).toString());
        assertThat(unlisted.exitCode()).isEqualTo(2);
        assertThat(unlisted.err()).contains(RENAME + " is not listed in the main or DML manifest");

        CliResult missing = project.run("review", dir.resolve("20250101000000_nothing.up.sql").toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("20250101000000_nothing.up.sql does not exist");

        CliResult both = project.run("review", "--since", "HEAD", project.file("schema", RENAME).toString());
        assertThat(both.exitCode()).isEqualTo(2);
        assertThat(both.err()).contains("Give migration files or --since, not both");

        CliResult format = project.run("review", "--format", "xml");
        assertThat(format.exitCode()).isEqualTo(2);
    }

    @Test
    void sinceReviewsTheMigrationsAddedSinceACommitUntrackedOnesIncluded() throws Exception {
        Path root = project.root();
        git(root, "init", "-q");
        git(root, "add", ".");
        git(root, "commit", "-q", "-m", "base");
        project.listed("schema", "20250601120000_committed.up.sql", "ALTER TABLE orders RENAME COLUMN note TO remark;\n");
        git(root, "add", ".");
        git(root, "commit", "-q", "-m", "a migration");
        project.listed("schema", "20250602120000_untracked.up.sql", "ALTER TABLE customers RENAME COLUMN phone TO telephone;\n");
        project.files().unlisted("schema", "20250603120000_unlisted.up.sql", "SELECT 1;\n");

        CliResult result = project.run("review", "--since", "HEAD~1");

        assertThat(result.exitCode()).as(result.all()).isEqualTo(1);
        assertThat(result.out())
                .contains("20250601120000_committed.up.sql:1: error [rename-column] column orders.note is renamed to remark")
                .contains("20250602120000_untracked.up.sql:1: error [rename-column] column customers.phone is renamed to telephone")
                .contains("note: " + project.file("schema", "20250603120000_unlisted.up.sql") + " was added but is not in"
                        + " the main or DML manifest: not reviewed")
                .contains("Reviewed 2 migrations");
        assertThat(result.out().lines().filter(line -> line.contains("[rename-column]"))).hasSize(2);

        CliResult unknownRef = project.run("review", "--since", "no-such-ref");
        assertThat(unknownRef.exitCode()).isEqualTo(2);
        assertThat(unknownRef.err()).contains("git diff --name-only --diff-filter=A --relative no-such-ref -- .")
                .contains("Give --since a commit git knows");
        assertUnchanged();
    }

    @Test
    void theCommandGenMigrationPrintsReviewsTheNewFile() throws Exception {
        CliResult gen = CliResult.run(List.of("gen", "migration", "add_pets", "--version", "20250601120000",
                "-m", project.files().manifest().toString(), "--schema-dir", project.root().resolve("schema").toString(),
                "--secure-dir", project.root().resolve("secure").toString()));
        assertThat(gen.exitCode()).as(gen.all()).isZero();
        String printed = gen.out().lines().filter(line -> line.contains("bin/milmove review ")).findFirst().orElseThrow();
        Path file = Path.of(printed.substring(printed.indexOf("bin/milmove review ") + "bin/milmove review ".length()));
        long headerLines = Files.readString(file).lines().count();
        Files.writeString(file, Files.readString(file) + "CREATE TABLE pets (id uuid PRIMARY KEY);\n");

        CliResult review = project.run("review", file.toString());

        assertThat(review.exitCode()).as(review.all()).isEqualTo(1);
        assertThat(review.out()).contains(file + ":" + (headerLines + 1) + ": error [missing-table-comment] table pets has no comment");
    }

    private static void git(Path folder, String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=review test", "-c", "user.email=review@example.com"));
        command.addAll(List.of(arguments));
        Process git = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true).start();
        String output = new String(git.getInputStream().readAllBytes());
        assertThat(git.waitFor()).as(output).isZero();
    }

    private void assertUnchanged() throws SQLException {
        assertThat(DevDatabaseState.of(project.dev())).isEqualTo(devState);
    }
}
