package org.milmove.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.milmove.testsupport.TestDatabase;
import org.milmove.testsupport.WithPostgres;

/** Option values and manifests that cannot work: each is exit code 2 and one readable line, never a stack trace. */
@WithPostgres
class BadInputTest {
    private final TestDatabase db;
    @TempDir
    Path dir;
    private MigrationProject project;

    BadInputTest(TestDatabase db) {
        this.db = db;
    }

    @BeforeEach
    void project() throws SQLException {
        db.emptyPublicSchema();
        project = new MigrationProject(dir).listed("schema", "20250101000000_create_things.up.sql", "CREATE TABLE things (name text);");
    }

    @Test
    void aManifestThatListsNothing() throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.txt"), "# nothing listed yet\n");

        assertOneLine(migrate("-m", empty.toString()), "milmove: The manifest " + empty + " lists no migration: pass the"
                + " right one with --migration-manifest (MIGRATION_MANIFEST), or list the migration files in it"
                + " (bin/milmove manifest update).");
    }

    @Test
    void aMillionCharacterManifestLineIsQuotedByItsStartAndLength() throws Exception {
        Path manifest = Files.writeString(dir.resolve("long.txt"), "x".repeat(1_000_000) + "\n");

        CliResult result = migrate("-m", manifest.toString());

        assertThat(result.exitCode()).as(result.all()).isEqualTo(2);
        assertThat(result.err()).contains("line 1: \"" + "x".repeat(60) + "… (1,000,000 characters)\" is not a migration file name")
                .hasSizeLessThan(500);
    }

    @Test
    void aMillionCharacterOptionValueIsQuotedByItsStartAndLength() {
        CliResult result = migrate("--db-port", "9".repeat(1_000_000));

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("'" + "9".repeat(60) + "… (1,000,000 characters)' is not an int")
                .hasSizeLessThan(20_000);
    }

    @Test
    void aPortOutsideOneTo65535IsRefusedInsteadOfConnectingToPort5432() {
        assertOneLine(migrate("--db-port", "0"), "milmove: --db-port (DB_PORT) must be a port number from 1 to 65535, not 0");
        assertOneLine(migrate("--db-port", "65536"), "milmove: --db-port (DB_PORT) must be a port number from 1 to 65535, not 65536");
    }

    @Test
    void aNegativeRetryCountIsRefused() throws SQLException {
        assertOneLine(migrate("--db-retry-max", "-1"), "milmove: --db-retry-max (DB_RETRY_MAX) must be 0 (no retries) or more, not -1");
        assertThat(db.column("SELECT to_regclass('public.things')::text")).containsOnlyNulls();
    }

    @Test
    void zeroS3AttemptsIsRefused() {
        assertOneLine(migrate("--s3-max-attempts", "0"),
                "milmove: --s3-max-attempts (AWS_MAX_ATTEMPTS) must be 1 (no retries) or more, not 0");
    }

    @Test
    void anS3EndpointThatIsNotAnHttpUrlIsRefused() {
        assertOneLine(migrate("--migration-path", "s3://bucket/secure", "--aws-region", "us-east-1", "--s3-endpoint", "localhost:9000"),
                "milmove: --s3-endpoint (AWS_ENDPOINT_URL_S3) must be an http:// or https:// URL such as http://localhost:9000,"
                        + " not \"localhost:9000\"");
    }

    @Test
    void anUnknownSslModeIsRefusedInsteadOfRetriedAsAConnectionFailure() {
        assertOneLine(migrate("--db-ssl-mode", "verify_full", "--db-retry-max", "5"), "milmove: --db-ssl-mode (DB_SSL_MODE)"
                + " must be one of disable, allow, prefer, require, verify-ca, verify-full, not \"verify_full\"");
    }

    @Test
    void aWaitTooLongToSleepIsNotADuration() {
        CliResult result = migrate("--db-retry-interval", "99999999999999999999");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).startsWith("milmove: Invalid value for option '--db-retry-interval'")
                .contains("'99999999999999999999' is not a duration; use for example 500ms, 5s or 1m")
                .doesNotContain("Exception");
    }

    @Test
    void uploadingAFolderIsRefusedBeforeAnythingIsSent() throws Exception {
        String name = "20250102000000_secure_things.up.sql";
        Path folder = Files.createDirectories(dir.resolve(name));
        project.list(name);
        Path environments = Files.writeString(dir.resolve("environments.properties"), "stg.secure-migrations=s3://stg-bucket/x\n");

        assertOneLine(CliResult.run(List.of("secure-migration", "upload", folder.toString(), "-m", project.manifest().toString(),
                "--environments-file", environments.toString(), "--yes")),
                "milmove: " + folder + " is a folder; upload the migration file itself.");
    }

    private static void assertOneLine(CliResult result, String line) {
        assertThat(result.exitCode()).as(result.all()).isEqualTo(2);
        assertThat(result.err()).isEqualTo(line + System.lineSeparator());
    }

    private CliResult migrate(String... options) {
        return CliResult.run(project.args("migrate", db, options));
    }
}
