package org.milmove.cli.migrate;

import static org.assertj.core.api.Assertions.assertThat;

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
        assertThat(failed.err()).contains("20250102000000_half_broken.up.sql").contains("no_such_table").contains("Line       : 3");
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
                + " migration must not change: restore the file as it was applied, and make the change in a new migration."
                + System.lineSeparator());
        assertThat(tables()).doesNotContain("more");
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
