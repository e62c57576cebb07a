package org.milmove.cli.milmove;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.milmove.cli.CliResult;
import org.milmove.testsupport.S3TestServer;
import org.milmove.testsupport.TestDatabase;
import org.milmove.testsupport.WithPostgres;
import org.milmove.testsupport.WithS3;
import software.amazon.awssdk.core.sync.RequestBody;

/** MilMove-shaped input, all five manifests, migrated from scratch and again, as MilMove's Go migrator would. */
@WithPostgres
@WithS3
class MiniMilMoveTest {
    private static final String CUT_SHORT = "20200102000000_reference_codes.up.sql";

    private final TestDatabase db;
    private final S3TestServer s3;
    @TempDir
    Path dir;
    private MiniMilMove project;

    MiniMilMoveTest(TestDatabase db, S3TestServer s3) {
        this.db = db;
        this.s3 = s3;
    }

    @BeforeEach
    void freshDatabase() throws SQLException {
        db.emptyPublicSchema();
        project = MiniMilMove.copyTo(dir);
    }

    @AfterEach
    void forgetCredentials() {
        S3TestServer.forgetCredentials();
    }

    @Test
    void freshMigrateRunsTheFivePhasesInMilMovesOrderThenOnlyTheDdlPhasesAgain() throws SQLException {
        CliResult first = migrate(project.localPath());

        assertThat(first.exitCode()).as(first.all()).isZero();
        assertThat(first.out()).containsSubsequence(
                "Applied 13 migrations; schema version is now 20200104000000:",
                "DDL types: ran 20250101000000_ty_move_status.up.sql",
                "DDL tables: ran 20250101000100_tbl_dml_log.up.sql",
                "DDL views: ran 20250101000200_vw_station_names.up.sql",
                "DDL functions: ran 20250101000300_fn_station_count.up.sql",
                "DML: applied 2 migrations:", "20190001000000", "20250601000000");
        assertThat(first.err()).contains("milmove: warning: " + CUT_SHORT + ": MilMove's Go migrator stops reading"
                + " this file at line 2");
        // In schema/ and secure/ with identical content: accepted, applied once.
        assertThat(db.column("SELECT to_regclass('public.shared_file')::text")).containsExactly("shared_file");
        assertSchemaAsMilMoveBuildsIt();
        assertThat(db.column("SELECT entry FROM dml_log ORDER BY entry"))
                .containsExactly("statuses: 2", "view rows: 1");

        CliResult second = migrate(project.localPath());

        assertThat(second.exitCode()).as(second.all()).isZero();
        assertThat(second.out()).containsSubsequence("Nothing to migrate", "DDL types: ran", "DDL functions: ran",
                "DML: nothing to apply.");
        assertThat(db.column("SELECT count(*) FROM flyway_schema_history")).containsExactly("15");
        assertThat(db.column("SELECT count(*) FROM schema_migration")).containsExactly("15");

        CliResult info = run("info", project.localPath());
        assertThat(info.exitCode()).as(info.all()).isZero();
        assertThat(info.out()).contains("20180103000000 | create issues").contains("20190001000000 | dml older version")
                .contains("| ty move status").contains("DDL types, every migrate");
        CliResult validate = run("validate", project.localPath());
        assertThat(validate.exitCode()).as(validate.all()).isZero();
        assertThat(validate.out()).contains("Valid: 15 migrations checked.");
    }

    @Test
    void dryRunReadsEverythingFromS3AndPrintsTheFivePhasesInTheOrderMigrateRunsThem() throws SQLException {
        String path = secureMigrationsInS3();
        String[] s3Options = {"--s3-endpoint", s3.endpoint().toString(), "--aws-region", S3TestServer.REGION};

        CliResult dryRun = migrate(path, Stream.concat(Stream.of("--dry-run"), Stream.of(s3Options)).toArray(String[]::new));

        assertThat(dryRun.exitCode()).as(dryRun.all()).isZero();
        assertThat(dryRun.out()).containsSubsequence(
                "  main: apply 20180103000000  " + project.app().resolve("schema/20180103000000_create_issues.up.fizz"),
                "  main: apply 20200104000000  " + path.substring(0, path.indexOf(';')) + "/20200104000000_scrub_users.up.sql",
                "  DDL types: run ", "  DDL tables: run ", "  DDL views: run ", "  DDL functions: run ",
                "  DML: apply 20190001000000", "  DML: apply 20250601000000",
                "In all: apply 15 migrations, run 4 DDL files.");
        assertThat(db.column("SELECT count(*) FROM information_schema.tables WHERE table_schema NOT IN"
                + " ('pg_catalog', 'information_schema')")).as("nothing created, no history table").containsExactly("0");

        CliResult migrated = migrate(path, s3Options);
        assertThat(migrated.exitCode()).as(migrated.all()).isZero();
        List<String> planned = dryRun.out().lines().filter(line -> line.matches("  .*: apply \\d+ .*"))
                .map(line -> line.replaceAll(".*: apply (\\d+) .*", "$1")).toList();
        assertThat(db.column("SELECT version FROM flyway_schema_history ORDER BY installed_rank"))
                .as("what ran, in order").isEqualTo(planned);
    }

    @Test
    void dryRunExitsTwoWhenTheS3BucketCannotBeRead() throws SQLException {
        S3TestServer.useItsCredentials();

        CliResult dryRun = migrate("s3://no-such-bucket-here/secure-migrations;file://" + project.app().resolve("schema"),
                "--dry-run", "--s3-endpoint", s3.endpoint().toString(), "--aws-region", S3TestServer.REGION);

        assertThat(dryRun.exitCode()).as(dryRun.all()).isEqualTo(2);
        assertThat(dryRun.err()).contains("no-such-bucket-here").doesNotContain("\tat ");
        assertThat(db.column("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'")).containsExactly("0");
    }

    @Test
    void targetStopsInTheMainManifestBeforeTheDdlPhasesOrInTheDmlManifestAfterThem() throws SQLException {
        CliResult main = migrate(project.localPath(), "--target", "20190101000000");

        assertThat(main.exitCode()).as(main.all()).isZero();
        assertThat(main.out()).contains("schema version is now 20190101000000").doesNotContain("DDL types: ran", "DML:");
        assertThat(db.column("SELECT max(version) FROM flyway_schema_history")).containsExactly("20190101000000");
        assertThat(db.column("SELECT to_regclass('public.dml_log')::text")).as("DDL tables did not run").containsOnlyNulls();

        // The DML manifest's older version runs after the main manifest and the DDL phases, and the newer one not at all.
        CliResult dml = migrate(project.localPath(), "--target", "20190001000000");

        assertThat(dml.exitCode()).as(dml.all()).isZero();
        assertThat(dml.out()).containsSubsequence("schema version is now 20200104000000", "DDL functions: ran",
                "DML: applied 1 migration:", "20190001000000");
        assertThat(db.column("SELECT count(*) FROM flyway_schema_history WHERE version IN ('20190001000000', '20250601000000')"))
                .containsExactly("1");
    }

    private void assertSchemaAsMilMoveBuildsIt() throws SQLException {
        // fizz: {"null": false} and a bare null: key both leave the column nullable; id first; timestamps NOT NULL.
        assertThat(db.column("SELECT column_name || ' ' || data_type || ' ' || is_nullable FROM information_schema.columns"
                + " WHERE table_name = 'service_members' ORDER BY ordinal_position")).containsExactly(
                "id uuid NO", "duty_station_id uuid YES", "edipi character varying YES",
                "created_at timestamp without time zone NO", "updated_at timestamp without time zone NO");
        assertThat(db.column("SELECT indexname FROM pg_indexes WHERE tablename = 'service_members' ORDER BY 1"))
                .containsExactly("service_members_edipi_idx", "service_members_pkey");
        assertThat(db.column("SELECT conname FROM pg_constraint WHERE conrelid = 'service_members'::regclass"
                + " AND contype = 'f'")).containsExactly("service_members_duty_station_id_fkey");
        // change_column never drops the default add_column set.
        assertThat(db.column("SELECT column_default FROM information_schema.columns WHERE table_name = 'duty_stations'"
                + " AND column_name = 'active'")).containsExactly("false");
        assertThat(db.column("SELECT column_name FROM information_schema.columns WHERE table_name = 'issues'"
                + " AND column_name = 'description'")).containsExactly("description");
        // COPY rows that start with a TAB load; backslashes are stored as written, as MilMove stores them.
        assertThat(db.column("SELECT zip3 || '|' || coalesce(note, 'NULL') FROM zip3s ORDER BY zip3"))
                .containsExactly("350|NULL", "351|n\\a", "352|a\\tb");
        assertThat(db.column("SELECT to_regclass('public.after_dump')::text")).containsExactly("after_dump");
        assertThat(db.column("SELECT tgname FROM pg_trigger WHERE tgname = 'issues_touch'")).containsExactly("issues_touch");
        assertThat(db.column("SELECT obj_description('schema_migration'::regclass)"))
                .containsExactly("Applied migrations, as pop records them");
        assertThat(db.column("SELECT code FROM reference_codes ORDER BY code")).containsExactly("A", "B");
        assertThat(db.column("SELECT email FROM office_users")).containsExactly("stand-in@example.com");
        assertThat(db.column("SELECT station_count()")).containsExactly("1");
    }

    @Test
    void secureMigrationsComeFromS3() throws SQLException {
        String path = secureMigrationsInS3();

        CliResult run = migrate(path,
                "--s3-endpoint", s3.endpoint().toString(), "--aws-region", S3TestServer.REGION);

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(db.column("SELECT email FROM office_users")).containsExactly("real.person@example.mil");
        assertThat(run.out()).contains(path.substring(0, path.indexOf(';')) + "/20200104000000_scrub_users.up.sql");
    }

    @Test
    void listedVersionsAreReplayedExactlyAsMilMoveRanThem() throws Exception {
        Files.writeString(project.file("milmove_replay_versions.txt"),
                "# run as MilMove's Go migrator did (it stops at the first ON CONFLICT DO NOTHING)\n20200102000000\n");

        CliResult run = migrate(project.localPath());

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(db.column("SELECT count(*) FROM reference_codes")).containsExactly("0");
        assertThat(run.err()).doesNotContain("warning");
    }

    @Test
    void withoutMilMovesReadingTabLedCopyRowsFailAndRollBack() throws SQLException {
        CliResult run = migrate(project.localPath(), "--no-milmove-sql");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("20190101000000_pg_dump_style.up.sql");
        assertThat(db.column("SELECT to_regclass('public.zip3s')::text")).containsOnlyNulls();
        assertThat(db.column("SELECT count(*) FROM flyway_schema_history WHERE success")).containsExactly("6");
    }

    @Test
    void aFileMilMoveCutsShortThatFailsSaysSoInItsError() throws Exception {
        Files.writeString(project.file("schema/20200102000000_reference_codes.up.sql"), """
                CREATE TABLE reference_codes (code text PRIMARY KEY, label text);
                INSERT INTO reference_codes VALUES ('A', 'first') ON CONFLICT DO NOTHING;
                INSERT INTO no_such_table VALUES (1);
                """);

        CliResult run = migrate(project.localPath());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("no_such_table")
                .contains(CUT_SHORT + ": MilMove's Go migrator stops reading this file at line 2")
                .contains("still recorded the version as applied");
        assertThat(db.column("SELECT to_regclass('public.reference_codes')::text")).containsOnlyNulls();
    }

    @Test
    void withoutPopHistoryNoSchemaMigrationTableIsKept() throws Exception {
        Files.writeString(project.file("schema/20200101000000_comment_history.up.sql"), "SELECT 1;\n");

        CliResult run = migrate(project.localPath(), "--no-pop-history");

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(db.column("SELECT to_regclass('public.schema_migration')::text")).containsOnlyNulls();
        assertThat(db.column("SELECT count(*) FROM flyway_schema_history WHERE success")).containsExactly("15");
    }

    /** The two secure migrations in a new bucket, with the real data; the MIGRATION_PATH that reads them and schema/. */
    private String secureMigrationsInS3() {
        S3TestServer.useItsCredentials();
        String bucket = s3.newBucket("mini");
        try (var client = s3.client()) {
            client.putObject(b -> b.bucket(bucket).key("secure-migrations/20200104000000_scrub_users.up.sql"),
                    RequestBody.fromString("INSERT INTO office_users VALUES"
                            + " ('00000000-0000-0000-0000-000000000002', 'real.person@example.mil');\n"));
            client.putObject(b -> b.bucket(bucket).key("secure-migrations/20200103000000_shared_with_secure.up.sql"),
                    RequestBody.fromString("CREATE TABLE shared_file (id int);\n"));
        }
        return "s3://" + bucket + "/secure-migrations;file://" + project.app().resolve("schema");
    }

    private CliResult migrate(String migrationPath, String... more) {
        List<String> args = new ArrayList<>(List.of("migrate"));
        args.addAll(List.of(more));
        return run(args, migrationPath);
    }

    private CliResult run(String command, String migrationPath) {
        return run(new ArrayList<>(List.of(command)), migrationPath);
    }

    private CliResult run(List<String> args, String migrationPath) {
        args.addAll(project.options(migrationPath));
        args.addAll(List.of("--db-host", db.host(), "--db-port", String.valueOf(db.port()), "--db-name", db.name(),
                "--db-user", db.user(), "--db-password", db.password(), "--db-retry-max", "0"));
        return CliResult.run(args);
    }
}
