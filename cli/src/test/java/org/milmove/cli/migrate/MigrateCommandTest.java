package org.milmove.cli.migrate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.milmove.cli.CliResult;
import org.milmove.cli.MigrationProject;
import org.milmove.testsupport.TestDatabase;
import org.milmove.testsupport.WithPostgres;

@WithPostgres
class MigrateCommandTest {
    private final TestDatabase db;
    @TempDir
    Path dir;
    private MigrationProject project;

    MigrateCommandTest(TestDatabase db) {
        this.db = db;
    }

    @BeforeEach
    void emptyDatabase() throws SQLException {
        db.emptyPublicSchema();
        project = new MigrationProject(dir);
    }

    @Test
    void appliesListedFilesInVersionOrderAndSkipsUnlistedBrokenOnes() throws SQLException {
        project.listed("schema", "20250102000000_add_row.up.sql", "INSERT INTO things VALUES ('second');")
                .listed("secure", "20250101000000_create_things.up.sql", "CREATE TABLE things (name text); INSERT INTO things VALUES ('first');")
                .unlisted("schema", "20250101120000_broken.up.sql", "THIS IS NOT SQL;");

        CliResult result = run("migrate");

        assertThat(result.exitCode()).as(result.all()).isZero();
        assertThat(result.out()).contains("Applied 2 migrations; schema version is now 20250102000000");
        assertThat(db.column("SELECT name FROM things")).containsExactly("first", "second");
        assertThat(db.column("SELECT version FROM flyway_schema_history ORDER BY installed_rank"))
                .containsExactly("20250101000000", "20250102000000");

        CliResult again = run("migrate");
        assertThat(again.out()).contains("Nothing to migrate: every listed migration is applied (schema version 20250102000000).");
    }

    @Test
    void listedButMissingFilesFailBeforeAnythingRuns() throws SQLException {
        project.listed("schema", "20250101000000_create_things.up.sql", "CREATE TABLE things (name text);")
                .list("20250102000000_missing_a.up.sql")
                .list("20250103000000_missing_b.up.sql");

        CliResult result = run("migrate");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err())
                .contains("2 migrations listed in " + project.manifest() + " could not be found")
                .contains("20250102000000_missing_a.up.sql (line 3)")
                .contains("20250103000000_missing_b.up.sql (line 4)")
                .contains("Searched: file://" + dir.resolve("schema") + ", file://" + dir.resolve("secure"))
                .doesNotContain("\tat ");
        assertThat(tables()).doesNotContain("things", "flyway_schema_history");
    }

    @Test
    void malformedManifestFailsWithLineNumbers() {
        project.listed("schema", "20250101000000_a.up.sql", "SELECT 1;")
                .list("20250101000000_a.up.sql")
                .list("create_b.sql");

        CliResult result = run("migrate");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err())
                .contains("line 3: 20250101000000_a.up.sql is listed twice (also on line 2)")
                .contains("line 4: \"create_b.sql\" is not a migration file name");
    }

    @Test
    void aFailedMigrationLeavesNoTraceAndTheFixedFileAppliesNextRun() throws Exception {
        project.listed("schema", "20250101000000_create_things.up.sql", "CREATE TABLE things (name text);")
                .listed("schema", "20250102000000_half_broken.up.sql", """
                        CREATE TABLE partial (id int);
                        INSERT INTO things VALUES ('from the broken file');
                        INSERT INTO no_such_table VALUES (1);
                        """);

        CliResult failed = run("migrate");

        assertThat(failed.exitCode()).isEqualTo(1);
        assertThat(failed.err()).contains("20250102000000_half_broken.up.sql").contains("no_such_table").contains("Line       : 3")
                .contains("Statement  : the statement starting on the line above").doesNotContain("-X");
        assertThat(tables()).contains("things").doesNotContain("partial");
        assertThat(db.column("SELECT count(*) FROM things")).containsExactly("0");
        assertThat(db.column("SELECT version || ':' || success FROM flyway_schema_history WHERE version IS NOT NULL"))
                .containsExactly("20250101000000:true");

        project.unlisted("schema", "20250102000000_half_broken.up.sql", "CREATE TABLE partial (id int);");
        CliResult fixed = run("migrate");

        assertThat(fixed.exitCode()).as(fixed.all()).isZero();
        assertThat(tables()).contains("partial");
    }

    @Test
    void anOlderFileAddedAfterNewerOnesAppliedIsAppliedNextRun() throws SQLException {
        project.listed("schema", "20250105000000_newer.up.sql", "CREATE TABLE newer (id int);");
        assertThat(run("migrate").exitCode()).isZero();

        project.listed("schema", "20250101000000_older.up.sql", "CREATE TABLE older (id int);");
        CliResult result = run("migrate");

        assertThat(result.exitCode()).as(result.all()).isZero();
        assertThat(result.out()).contains("20250101000000");
        assertThat(tables()).contains("older", "newer");
    }

    @Test
    void sqlRunsVerbatimEmptyFilesCountAndCopyBlocksLoad() throws SQLException {
        project.listed("schema", "20250101000000_placeholder_text.up.sql",
                        "CREATE TABLE notes (body text); INSERT INTO notes VALUES ('${not_a_placeholder}');")
                .listed("secure", "20250102000000_blank_for_this_environment.up.sql", "")
                .listed("secure", "20250103000000_comment_only.up.sql", "-- nothing to do here\n")
                .listed("schema", "20250104000000_copy_rows.up.sql", """
                        CREATE TABLE zips (zip3 char(3), city text);
                        COPY zips (zip3, city) FROM stdin;
                        173\tAbbottstown
                        442\t\\N
                        \\.
                        INSERT INTO zips VALUES ('999', 'after copy');
                        """);

        CliResult result = run("migrate");

        assertThat(result.exitCode()).as(result.all()).isZero();
        assertThat(db.column("SELECT body FROM notes")).containsExactly("${not_a_placeholder}");
        assertThat(db.column("SELECT zip3 || ':' || coalesce(city, 'NULL') FROM zips ORDER BY zip3"))
                .containsExactly("173:Abbottstown", "442:NULL", "999:after copy");
        assertThat(db.column("SELECT count(*) FROM flyway_schema_history WHERE success AND version IS NOT NULL"))
                .containsExactly("4");
    }

    @Test
    void infoShowsVersionDescriptionSourceStateAndInstalledOn() {
        project.listed("schema", "20250101000000_create_things.up.sql", "CREATE TABLE things (name text);");
        run("migrate");
        project.listed("secure", "20250102000000_pending_one.up.sql", "SELECT 1;");

        CliResult result = run("info");

        assertThat(result.exitCode()).as(result.all()).isZero();
        List<String> lines = result.out().lines().toList();
        assertThat(lines.get(0)).matches("Version +\\| Description +\\| Source +\\| State +\\| Installed on");
        assertThat(lines).anySatisfy(line -> assertThat(line)
                .matches("20250101000000 \\| create things +\\| .*schema/20250101000000_create_things.up.sql +\\| Success \\| \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d"));
        assertThat(lines).anySatisfy(line -> assertThat(line)
                .matches("20250102000000 \\| pending one +\\| .*secure/20250102000000_pending_one.up.sql +\\| Pending +\\|"));
    }

    @Test
    void validateFailsWithExitCodeOneWhenAnAppliedFileChanged() throws Exception {
        project.listed("schema", "20250101000000_create_things.up.sql", "CREATE TABLE things (name text);");
        run("migrate");
        assertThat(run("validate").out()).contains("Valid: 1 migrations checked.");

        project.unlisted("schema", "20250101000000_create_things.up.sql", "CREATE TABLE things (name text, changed int);");
        CliResult result = run("validate");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("validation failed").contains("20250101000000").contains("checksum");
    }

    @Test
    void aFileChangedAfterItWasAppliedStopsMigrateNamingTheFileAndWhatToDo() throws Exception {
        project.listed("schema", "20250101000000_create_things.up.sql", "CREATE TABLE things (name text);");
        run("migrate");
        project.unlisted("schema", "20250101000000_create_things.up.sql", "CREATE TABLE things (name text, changed int);")
                .listed("schema", "20250102000000_more.up.sql", "CREATE TABLE more (id int);");

        CliResult result = run("migrate");

        assertThat(result.exitCode()).as(result.all()).isEqualTo(1);
        assertThat(result.err()).isEqualTo("milmove: Validation failed, nothing was migrated:" + System.lineSeparator()
                + "  20250101000000 (" + dir.resolve("schema").resolve("20250101000000_create_things.up.sql")
                + ") changed after it was applied: its checksum is not the one in flyway_schema_history. An applied"
                + " migration must not change: restore the file as it was applied, and make the change in a new migration;"
                + " if the change was deliberate and changes nothing that ran (a comment), bin/milmove repair records the"
                + " new checksum." + System.lineSeparator());
        assertThat(tables()).doesNotContain("more");
    }

    @Test
    void validateAcceptsPendingMigrationsAndStrictRestoresFlywaysRule() {
        project.listed("schema", "20250101000000_create_things.up.sql", "CREATE TABLE things (name text);");
        run("migrate");
        project.listed("schema", "20250102000000_just_generated.up.sql", "");

        CliResult normal = run("validate");
        CliResult strict = run("validate", "--strict");

        assertThat(normal.exitCode()).as(normal.all()).isZero();
        assertThat(normal.out()).contains("Valid: ");
        assertThat(strict.exitCode()).as(strict.all()).isEqualTo(1);
        assertThat(strict.err()).contains("20250102000000 (" + dir.resolve("schema").resolve("20250102000000_just_generated.up.sql")
                + ") is listed and not applied yet: bin/milmove migrate applies it").doesNotContain("ignoreMigrationPatterns");
    }

    @Test
    void targetStopsAfterThatVersionAndAnUnlistedTargetIsRefused() throws SQLException {
        project.listed("schema", "20250101000000_a.up.sql", "CREATE TABLE a (id int);")
                .listed("schema", "20250102000000_b.up.sql", "CREATE TABLE b (id int);")
                .listed("schema", "20250103000000_c.up.sql", "CREATE TABLE c (id int);");

        CliResult unknown = run("migrate", "--target", "20250104000000");
        CliResult notAVersion = run("migrate", "--target", "latest");
        CliResult targeted = run("migrate", "--target", "20250102000000");

        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).isEqualTo("milmove: --target 20250104000000: no migration the main or DML manifest lists"
                + " has that version; bin/milmove info lists them." + System.lineSeparator());
        assertThat(notAVersion.exitCode()).isEqualTo(2);
        assertThat(notAVersion.err()).contains("--target must be a migration's version");
        assertThat(targeted.exitCode()).as(targeted.all()).isZero();
        assertThat(targeted.out()).contains("schema version is now 20250102000000");
        assertThat(tables()).contains("a", "b").doesNotContain("c");
        assertThat(run("migrate").out()).contains("Applied 1 migration; schema version is now 20250103000000");
    }

    @Test
    void migrateNamesTheDatabaseItChanges() {
        project.listed("schema", "20250101000000_a.up.sql", "CREATE TABLE a (id int);");

        CliResult result = run("migrate");

        assertThat(result.exitCode()).as(result.all()).isZero();
        assertThat(result.out()).startsWith("Migrating database " + db.name() + " on " + db.host() + ":" + db.port()
                + " as " + db.user() + "." + System.lineSeparator());
    }

    @Test
    void dryRunPrintsWhatWouldRunInOrderAndChangesNothing() throws SQLException {
        project.listed("schema", "20250102000000_b.up.sql", "CREATE TABLE b (id int);")
                .listed("secure", "20250101000000_a.up.sql", "CREATE TABLE a (id int);");

        CliResult result = run("migrate", "--dry-run");

        assertThat(result.exitCode()).as(result.all()).isZero();
        assertThat(result.out()).contains("Dry run on database " + db.name() + " on " + db.host() + ":" + db.port()
                + " as " + db.user() + ": nothing is changed. A migrate would:").containsSubsequence(
                "  main: apply 20250101000000  " + dir.resolve("secure").resolve("20250101000000_a.up.sql"),
                "  main: apply 20250102000000  " + dir.resolve("schema").resolve("20250102000000_b.up.sql"),
                "In all: apply 2 migrations, run 0 DDL files.");
        assertThat(tables()).isEmpty();
        assertThat(db.column("SELECT count(*) FROM information_schema.tables WHERE table_schema NOT IN"
                + " ('pg_catalog', 'information_schema')")).containsExactly("0");

        assertThat(run("migrate", "--target", "20250101000000").exitCode()).isZero();
        CliResult rest = run("migrate", "--dry-run");
        assertThat(rest.out()).contains("  main: apply 20250102000000").doesNotContain("apply 20250101000000");
        assertThat(db.column("SELECT count(*) FROM flyway_schema_history WHERE version IS NOT NULL")).containsExactly("1");
    }

    @Test
    void dryRunExitsTwoForEveryProblemItFinds() throws Exception {
        project.listed("schema", "20250101000000_a.up.sql", "CREATE TABLE a (id int);");
        run("migrate");
        project.unlisted("schema", "20250101000000_a.up.sql", "CREATE TABLE a (id int, changed int);");

        CliResult changed = run("migrate", "--dry-run");
        project.list("20250102000000_missing.up.sql");
        CliResult missing = run("migrate", "--dry-run");

        assertThat(changed.exitCode()).as(changed.all()).isEqualTo(2);
        assertThat(changed.err()).startsWith("milmove: Dry run: Validation failed, nothing was migrated:")
                .contains("20250101000000 (").contains("changed after it was applied");
        assertThat(missing.exitCode()).as(missing.all()).isEqualTo(2);
        assertThat(missing.err()).contains("20250102000000_missing.up.sql (line 3)");
    }

    @Test
    void aFailedRowIsRemovedByRepairAndTheMigrationRunsAgain() throws SQLException {
        project.listed("schema", "20250101000000_create_things.up.sql", "CREATE TABLE things (name text);");
        run("migrate");
        // What a migration that failed outside a transaction leaves behind (Flyway records it as failed).
        db.execute("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, checksum,"
                + " installed_by, execution_time, success) VALUES (2, '20250102000000', 'index things', 'SQL',"
                + " '20250102000000_index_things.up.sql', 1, 'postgres', 5, false)");
        project.listed("schema", "20250102000000_index_things.up.sql", "CREATE INDEX things_name ON things (name);");

        CliResult blocked = run("migrate");
        assertThat(blocked.exitCode()).isEqualTo(1);
        assertThat(blocked.err()).contains("20250102000000 (").contains("failed outside a transaction and is recorded"
                + " as failed: undo what it changed, remove its row with bin/milmove repair, and migrate again.");

        CliResult repaired = run("repair", "--yes");

        assertThat(repaired.exitCode()).as(repaired.all()).isZero();
        assertThat(repaired.out()).contains("Repair of the Flyway history in database " + db.name() + " on " + db.host()
                        + ":" + db.port() + " as " + db.user() + ":")
                .contains("  remove the failed row of 20250102000000 (")
                .contains("Repaired the history in database " + db.name()).contains("1 failed row removed (20250102000000)");
        assertThat(db.column("SELECT count(*) FROM flyway_schema_history WHERE NOT success")).containsExactly("0");
        assertThat(run("migrate").exitCode()).isZero();
        assertThat(db.column("SELECT indexname FROM pg_indexes WHERE tablename = 'things'")).containsExactly("things_name");
        assertThat(run("repair", "--yes").out()).contains("Nothing to repair in database " + db.name());
    }

    @Test
    void repairRecordsADeliberateChangeAndMarksAVanishedMigrationDeleted() throws Exception {
        project.listed("schema", "20250101000000_gone.up.sql", "SELECT 1;")
                .listed("schema", "20250102000000_create_things.up.sql", "CREATE TABLE things (name text);");
        run("migrate");
        project.unlisted("schema", "20250102000000_create_things.up.sql", "-- a comment added\nCREATE TABLE things (name text);");
        Files.delete(dir.resolve("schema").resolve("20250101000000_gone.up.sql"));
        Files.write(project.manifest(), List.of("20250102000000_create_things.up.sql"));

        CliResult result = run("repair", "--yes");

        assertThat(result.exitCode()).as(result.all()).isZero();
        assertThat(result.out()).contains("  record the current checksum of 20250102000000 (")
                .contains("  mark 20250101000000 (gone) as deleted: it is applied, and no listed file has its version")
                .contains("1 migration realigned (20250102000000), 1 migration marked deleted (20250101000000).");
        assertThat(run("validate").exitCode()).isZero();
    }

    @Test
    void repairIsRefusedForProductionWithoutYesBeforeAnythingIsRead() {
        CliResult result = CliResult.run(List.of("repair", "--environment", "prd", "--environments-file", "no-such-file",
                "--db-host", "no-such-host.invalid"));

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).isEqualTo("milmove: repair with --environment prd changes production's migration history:"
                + " it is never done on a prompt's answer. Check what it will change (bin/milmove validate --environment"
                + " prd), then run it again with --yes. Nothing was changed." + System.lineSeparator());
    }

    @Test
    void anExistingSchemaWithoutHistoryIsPointedAtAdoptNotBaseline() throws SQLException {
        db.execute("CREATE TABLE already_here (id int)");
        project.listed("schema", "20250101000000_a.up.sql", "CREATE TABLE a (id int);");

        CliResult result = run("migrate");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("bin/milmove db adopt").doesNotContain("baseline()");
    }

    private CliResult run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(1, List.of(
                "--migration-manifest", project.manifest().toString(),
                "--db-host", db.host(), "--db-port", String.valueOf(db.port()),
                "--db-name", db.name(), "--db-user", db.user(), "--db-password", db.password(),
                "--db-retry-max", "0"));
        if (Stream.of(args).noneMatch("--migration-path"::equals)) {
            all.addAll(1, List.of("--migration-path", project.migrationPath()));
        }
        return CliResult.run(all);
    }

    private List<String> tables() throws SQLException {
        return db.column("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'");
    }


}
