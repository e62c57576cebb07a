package org.milmove.cli.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.milmove.cli.CliResult;
import org.milmove.cli.MigrationProject;
import org.milmove.cli.MilmoveProcess;

/** {@code milmove db start|stop|reset} as a process: the servers must outlive the command that started them. */
class DbCommandJarIT {
    @TempDir
    Path dir;

    @AfterEach
    void stopEverythingStarted() throws Exception {
        for (LocalEnvironment environment : LocalEnvironment.values()) {
            milmove().run("db", "stop", "--local-db", environment.toString());
            // Should 'db stop' be broken, no server may outlive the build.
            Path pidFile = dir.resolve(environment.directory()).resolve("postmaster.pid");
            if (Files.exists(pidFile)) {
                ProcessHandle.of(Long.parseLong(Files.readAllLines(pidFile).get(0).strip())).ifPresent(ProcessHandle::destroy);
            }
        }
    }

    @Test
    void startedServerKeepsRunningIsUsedByMigrateAndStops() throws Exception {
        new MigrationProject(dir.resolve("migrations/app"))
                .listed("schema", "20250101000000_create_things.up.sql", "CREATE TABLE things (id int);");
        int port = freePort();

        CliResult start = milmove().run("db", "start", "--port", String.valueOf(port));

        assertThat(start.exitCode()).as(start.all()).isZero();
        String version = serverVersion(port);
        assertThat(version).as("the server's own version").matches("15\\.\\d+");
        assertThat(start.out())
                .contains("Started the embedded dev database on port " + port + " (PostgreSQL " + version + ", data in tmp/db/dev)")
                .contains("DB_HOST=localhost DB_PORT=" + port + " DB_NAME=dev_db DB_USER=postgres");
        assertThat(tables(port, "dev_db")).isEmpty();

        CliResult migrate = milmove().run("migrate");

        assertThat(migrate.exitCode()).as(migrate.all()).isZero();
        assertThat(migrate.err()).contains("Using the embedded dev database dev_db (PostgreSQL " + version
                + ", data in tmp/db/dev, port " + port + "); it was started by 'milmove db start' and keeps running");
        assertThat(migrate.out()).contains("Applied 1 migration");
        assertThat(tables(port, "dev_db")).contains("things");

        CliResult again = milmove().run("db", "start", "--port", String.valueOf(freePort()));
        assertThat(again.exitCode()).as(again.all()).isZero();
        assertThat(again.out()).contains("The embedded dev database is already running on port " + port);

        CliResult stop = milmove().run("db", "stop");

        assertThat(stop.exitCode()).as(stop.all()).isZero();
        assertThat(stop.out()).contains("Stopped the embedded dev database (data kept in tmp/db/dev)");
        assertThat(accepts(port)).as("port %d closed", port).isFalse();
        assertThat(dir.resolve("tmp/db/dev/postmaster.pid")).doesNotExist();
        assertThat(milmove().run("db", "stop").out()).contains("The embedded dev database is not running; nothing to stop.");
    }

    @Test
    void withoutARunningServerMigrateStartsOneForItselfAndStopsIt() throws Exception {
        new MigrationProject(dir.resolve("migrations/app"))
                .listed("schema", "20250101000000_create_things.up.sql", "CREATE TABLE things (id int);");
        int port = freePort();
        milmove().run("db", "start", "--port", String.valueOf(port));
        milmove().run("db", "stop");

        CliResult migrate = milmove().run("migrate");

        assertThat(migrate.exitCode()).as(migrate.all()).isZero();
        assertThat(migrate.err()).contains("Using the embedded dev database dev_db (PostgreSQL ")
                .contains(", data in tmp/db/dev, port ").contains("'milmove db reset' wipes it");
        assertThat(dir.resolve("tmp/db/dev/postmaster.pid")).as("stopped after the command").doesNotExist();
        milmove().run("db", "start", "--port", String.valueOf(port));
        assertThat(tables(port, "dev_db")).contains("things");
        assertThat(migrate.err()).contains("(PostgreSQL " + serverVersion(port) + ", data in tmp/db/dev");
    }

    @Test
    void resetGivesAnEmptyDeployedDatabase() throws Exception {
        int port = freePort();
        assertThat(milmove().run("db", "start", "--local-db", "deployed", "--port", String.valueOf(port)).out())
                .contains("data in tmp/db/deployed").contains("DB_NAME=deployed_migrations");
        execute(port, "deployed_migrations", "CREATE TABLE uploaded (id int)");
        milmove().run("db", "stop", "--local-db", "deployed");

        CliResult reset = milmove().run("db", "reset", "--local-db", "deployed");

        assertThat(reset.exitCode()).as(reset.all()).isZero();
        assertThat(reset.out()).contains("Deleted the embedded deployed database in tmp/db/deployed;"
                + " 'milmove db start --local-db deployed' starts an empty one.");
        assertThat(dir.resolve("tmp/db/deployed")).doesNotExist();
        milmove().run("db", "start", "--local-db", "deployed", "--port", String.valueOf(port));
        assertThat(tables(port, "deployed_migrations")).isEmpty();

        execute(port, "deployed_migrations", "CREATE TABLE uploaded (id int)");
        CliResult whileRunning = milmove().run("db", "reset", "--local-db", "deployed");

        assertThat(whileRunning.exitCode()).as(whileRunning.all()).isZero();
        assertThat(whileRunning.out()).contains("Deleted the embedded deployed database in tmp/db/deployed and started an empty one on port " + port);
        assertThat(tables(port, "deployed_migrations")).isEmpty();
    }

    @Test
    void theThreeEnvironmentsAreSeparateServers() throws Exception {
        int dev = freePort();
        int test = freePort();
        int deployed = freePort();

        milmove().run("db", "start", "--port", String.valueOf(dev));
        milmove().run("db", "start", "--local-db", "test", "--port", String.valueOf(test));
        milmove().run("db", "start", "--local-db", "deployed", "--port", String.valueOf(deployed));
        execute(test, "test_db", "CREATE TABLE only_in_test (id int)");

        assertThat(tables(dev, "dev_db")).isEmpty();
        assertThat(tables(test, "test_db")).containsExactly("only_in_test");
        assertThat(tables(deployed, "deployed_migrations")).isEmpty();
        assertThat(dir.resolve("tmp/db/dev/PG_VERSION")).exists();
        assertThat(dir.resolve("tmp/db/test/PG_VERSION")).exists();
        assertThat(dir.resolve("tmp/db/deployed/PG_VERSION")).exists();
        assertThat(milmove().run("db", "stop", "--local-db", "test").out()).contains("Stopped the embedded test database");
        assertThat(accepts(test)).isFalse();
        assertThat(accepts(dev)).isTrue();
    }

    @Test
    void statusShowsEachLocalDatabaseItsPortDataSizeAndSchemaVersion() throws Exception {
        var project = new MigrationProject(dir.resolve("migrations/app"))
                .listed("schema", "20250101000000_create_things.up.sql", "CREATE TABLE things (id int);")
                .listed("schema", "20250102000000_more.up.sql", "CREATE TABLE more (id int);");
        int port = freePort();
        milmove().run("db", "start", "--local-db", "test", "--port", String.valueOf(port));
        milmove().run("db", "start", "--local-db", "deployed", "--port", String.valueOf(freePort()));
        milmove().run("db", "stop", "--local-db", "deployed");
        CliResult migrate = milmove().run("migrate", "--db-host", "localhost", "--db-port", String.valueOf(port),
                "--db-name", "test_db", "--target", "20250101000000");
        assertThat(migrate.exitCode()).as(migrate.all()).isZero();
        assertThat(project.manifest()).exists();

        CliResult status = milmove().run("db", "status");

        assertThat(status.exitCode()).as(status.all()).isZero();
        assertThat(status.out().lines().toList()).satisfiesExactly(
                dev -> assertThat(dev).isEqualTo("dev       no data in tmp/db/dev; 'milmove db start --local-db dev' creates it"),
                test -> assertThat(test).matches("test      running on port " + port + " \\(started by 'milmove db start'\\),"
                        + " data in tmp/db/test \\(\\d+\\.\\d MB\\), test_db at schema version 20250101000000 \\(1 migration applied\\)"),
                deployed -> assertThat(deployed).matches("deployed  not running, data in tmp/db/deployed \\(\\d+\\.\\d MB\\)"));

        CliResult old = milmove().run("db", "status", "--env", "test");

        assertThat(old.exitCode()).as(old.all()).isZero();
        assertThat(old.err()).isEqualTo("milmove: warning: --env is deprecated; use --local-db" + System.lineSeparator());
        assertThat(old.out().lines()).singleElement().asString().startsWith("test      running on port " + port);
    }

    @Test
    void aPortInUseIsReportedAndNothingRuns() throws Exception {
        try (ServerSocket busy = new ServerSocket(0)) {
            CliResult start = milmove().run("db", "start", "--port", String.valueOf(busy.getLocalPort()));

            assertThat(start.exitCode()).isEqualTo(2);
            assertThat(start.err()).contains("Port " + busy.getLocalPort() + " is in use");
        }
        assertThat(dir.resolve("tmp/db/dev/postmaster.pid")).doesNotExist();
    }

    @Test
    void helpNamesTheEnvironmentsAndTheirPorts() throws Exception {
        CliResult help = milmove().run("db", "--help");

        assertThat(help.out().replaceAll("\\s+", " ")).contains("PostgreSQL 15 from the CLI jar (which carries it for"
                + " Linux (x86-64, arm64) and macOS (Intel, Apple silicon)), one server per environment.");
        assertThat(help.out()).contains("dev       tmp/db/dev, database dev_db, port 5433")
                .contains("test      tmp/db/test, database test_db, port 5434")
                .contains("deployed  tmp/db/deployed, database deployed_migrations, port 5435");
    }

    private MilmoveProcess milmove() {
        return new MilmoveProcess(dir, Map.of());
    }

    private static List<String> tables(int port, String database) throws SQLException {
        try (Connection c = connect(port, database); ResultSet rs = c.createStatement().executeQuery(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1")) {
            var names = new ArrayList<String>();
            while (rs.next()) {
                names.add(rs.getString(1));
            }
            return names;
        }
    }

    private static String serverVersion(int port) throws SQLException {
        try (Connection c = connect(port, "postgres"); ResultSet rs = c.createStatement().executeQuery("SHOW server_version")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static void execute(int port, String database, String sql) throws SQLException {
        try (Connection c = connect(port, database)) {
            c.createStatement().execute(sql);
        }
    }

    private static Connection connect(int port, String database) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/" + database, "postgres", "");
    }

    private static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("localhost", port), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
