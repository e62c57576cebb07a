package org.milmove.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.milmove.testsupport.EmbeddedPostgresServer;
import org.milmove.testsupport.TestDatabase;
import org.milmove.testsupport.WithPostgres;

/** The CLI jar as a process, end to end: the embedded default database, a --db-* server, and the retry path. */
@WithPostgres
class MilmoveJarIT {
    @TempDir
    Path dir;

    @Test
    void migratesTheEmbeddedDefaultDatabaseAndKeepsItBetweenRuns() throws Exception {
        new MigrationProject(dir.resolve("migrations/app"))
                .listed("schema", "20250101000000_create_things.up.sql", "CREATE TABLE things (id int);")
                .listed("secure", "20250102000000_secure_stand_in.up.sql", "-- scrubbed\n");
        var milmove = new MilmoveProcess(dir, Map.of());

        CliResult first = milmove.run("migrate");

        assertThat(first.exitCode()).as(first.all()).isZero();
        assertThat(first.err()).containsPattern("Using the embedded dev database dev_db \\(PostgreSQL 15\\.\\d+, data in tmp/db/dev");
        assertThat(first.out()).contains("Applied 2 migrations; schema version is now 20250102000000");
        assertThat(dir.resolve("tmp/db/dev/postgresql.conf")).exists();

        CliResult second = milmove.run("migrate");
        assertThat(second.out()).as(second.all()).contains("Nothing to migrate");

        CliResult reset = milmove.run("db", "reset");
        assertThat(reset.out()).contains("Deleted the embedded dev database in tmp/db/dev");
        assertThat(dir.resolve("tmp/db/dev")).doesNotExist();

        CliResult afterReset = milmove.run("migrate");
        assertThat(afterReset.out()).as(afterReset.all()).contains("Applied 2 migrations");
    }

    @Test
    void appliesTheProjectsOwnMigrations() throws Exception {
        Path app = Path.of("..", "migrations", "app").toAbsolutePath().normalize();

        CliResult result = new MilmoveProcess(dir, Map.of(
                "MIGRATION_MANIFEST", app.resolve("migrations_manifest.txt").toString(),
                "MIGRATION_PATH", "file://" + app.resolve("schema") + ";file://" + app.resolve("secure")))
                .run("migrate");

        assertThat(result.exitCode()).as(result.all()).isZero();
        assertThat(result.out()).containsPattern("Applied \\d+ migrations").contains("_create_re_contracts.up.sql");
    }

    @Test
    void refusesTheEmbeddedDatabaseInCi() throws Exception {
        new MigrationProject(dir.resolve("migrations/app")).listed("schema", "20250101000000_a.up.sql", "SELECT 1;");

        CliResult result = new MilmoveProcess(dir, Map.of("CI", "true")).run("migrate");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("No database host: set DB_HOST or --db-host. CI=true");
        assertThat(dir.resolve("tmp")).doesNotExist();
    }

    @Test
    void migratesAServerNamedByEnvironmentVariables(TestDatabase db) throws Exception {
        var project = new MigrationProject(dir).listed("schema", "20250101000000_create_things.up.sql", "CREATE TABLE things (id int);");

        CliResult result = new MilmoveProcess(dir, Map.of(
                "DB_HOST", db.host(), "DB_PORT", String.valueOf(db.port()), "DB_NAME", db.name(),
                "DB_USER", db.user(), "DB_PASSWORD", "not-shown-anywhere",
                "MIGRATION_MANIFEST", project.manifest().toString(), "MIGRATION_PATH", project.migrationPath()))
                .run("migrate");

        assertThat(result.exitCode()).as(result.all()).isZero();
        assertThat(result.all()).doesNotContain("not-shown-anywhere").doesNotContain("Using the embedded");
        assertThat(result.out()).contains("Migrating database " + db.name() + " on " + db.host() + ":" + db.port()
                + " as " + db.user() + ".");
        try (Connection c = db.connect(); ResultSet rs = c.createStatement().executeQuery(
                "SELECT count(*) FROM flyway_schema_history WHERE version = '20250101000000' AND success")) {
            rs.next();
            assertThat(rs.getInt(1)).isOne();
        }
    }

    @Test
    void waitsForAServerThatIsNotUpYet() throws Exception {
        var project = new MigrationProject(dir).listed("schema", "20250101000000_create_things.up.sql", "CREATE TABLE things (id int);");
        int port = freePort();

        Process milmove = new MilmoveProcess(dir, Map.of()).start("migrate",
                "--db-host", "localhost", "--db-port", String.valueOf(port), "--db-name", "postgres", "--db-retry-max", "60", "--db-retry-interval", "250ms",
                "-m", project.manifest().toString(), "--migration-path", project.migrationPath());
        Thread.sleep(1500);
        assertThat(milmove.isAlive()).as("still waiting for the server").isTrue();
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(port)) {
            CliResult result = MilmoveProcess.finish(milmove);

            assertThat(result.exitCode()).as(result.all()).isZero();
            assertThat(result.err()).contains("Waiting for localhost:" + port + " to accept connections (retry 1 of 60");
            assertThat(result.out()).contains("Applied 1 migration");
        }
    }

    @Test
    void givesUpClearlyWhenTheServerNeverComes() throws Exception {
        var project = new MigrationProject(dir).listed("schema", "20250101000000_a.up.sql", "SELECT 1;");

        CliResult result = new MilmoveProcess(dir, Map.of()).run("migrate",
                "--db-host", "localhost", "--db-port", String.valueOf(freePort()), "--db-retry-max", "2", "--db-retry-interval", "100ms",
                "-m", project.manifest().toString(), "--migration-path", project.migrationPath());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("Could not connect to database dev_db on localhost:")
                .contains("(after 2 retries)").doesNotContain("\tat ");
    }

    @Test
    void helpDocumentsTheExitCodesAndEnvironmentVariables() throws Exception {
        CliResult result = new MilmoveProcess(dir, Map.of()).run("migrate", "--help");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("[MIGRATION_PATH]", "[DB_HOST]", "[DB_RETRY_INTERVAL]", "Exit codes:",
                "1   a migration, DDL file or pricing import failed", "2   bad input or setup: options, manifest");
    }

    @Test
    void startingWithOnlyTheNamedCommandKeepsHelpVersionAndSuggestionsWhole() throws Exception {
        MilmoveProcess milmove = new MilmoveProcess(dir, Map.of());

        assertThat(milmove.run("--help").out()).contains("migrate", "info", "validate", "db", "gen", "manifest",
                "pricing", "secure-migration", "fizz", "review");
        CliResult adopt = milmove.run("db", "adopt", "--help");
        assertThat(adopt.exitCode()).as(adopt.all()).isZero();
        CliResult version = milmove.run("--version");
        assertThat(version.exitCode()).isZero();
        assertThat(version.out()).startsWith("milmove ");
        CliResult typo = milmove.run("migrat");
        assertThat(typo.exitCode()).isEqualTo(2);
        assertThat(typo.err()).contains("migrat").contains("migrate");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
