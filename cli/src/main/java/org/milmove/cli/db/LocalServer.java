package org.milmove.cli.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.milmove.cli.UserException;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A PostgreSQL server (15, from the jar) on a data directory under {@code tmp/}, run with the embedded binaries' {@code pg_ctl}:
 * the server is a daemon, so it runs until stopped, whichever process started it.
 */
final class LocalServer {
    static final String USER = "postgres";
    private static final String LOG_FILE = "milmove-server.log";

    private final Path directory;

    LocalServer(Path directory) {
        this.directory = directory;
    }

    Path directory() {
        return directory;
    }

    boolean initialized() {
        return Files.exists(directory.resolve("PG_VERSION"));
    }

    void initdb() {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("could not create " + directory, e);
        }
        run("initdb", List.of("-A", "trust", "-U", USER, "-E", "UTF-8", "--no-sync", "-D", absolute()));
    }

    /** The port of the server running on this directory, if one is. */
    OptionalInt runningPort() {
        Path pidFile = directory.resolve("postmaster.pid");
        try {
            List<String> lines = Files.readAllLines(pidFile);
            // postmaster.pid: pid, data directory, start time, port, ...
            if (lines.size() < 4 || ProcessHandle.of(Long.parseLong(lines.get(0).strip())).isEmpty()) {
                return OptionalInt.empty();
            }
            return OptionalInt.of(Integer.parseInt(lines.get(3).strip()));
        } catch (java.nio.file.NoSuchFileException e) {
            return OptionalInt.empty();
        } catch (IOException | NumberFormatException e) {
            // Being written by a server that is starting, or left half-written by a crash: not usable now.
            return OptionalInt.empty();
        }
    }

    void start(int port) {
        if (!portFree(port)) {
            throw new UserException("Port " + port + " is in use, so the server on " + directory
                    + " cannot start there; stop what uses it or choose another port with --port");
        }
        // fsync off: a developer's local database is rebuilt with 'db reset' rather than recovered after a crash.
        run("pg_ctl", List.of("-D", absolute(), "-l", directory.resolve(LOG_FILE).toAbsolutePath().toString(),
                "-o", "-p " + port + " -c fsync=off -c timezone=UTC", "-w", "-t", "60", "start"));
    }

    void stop() {
        run("pg_ctl", List.of("-D", absolute(), "-m", "fast", "-w", "-t", "60", "stop"));
    }

    void delete() {
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete " + directory, e);
        }
    }

    void createDatabaseIfMissing(int port, String name) {
        try (Connection c = dataSource(port, "postgres").getConnection();
                PreparedStatement exists = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, name);
            try (ResultSet rs = exists.executeQuery()) {
                if (!rs.next()) {
                    c.createStatement().execute("CREATE DATABASE \"" + name.replace("\"", "\"\"") + "\"");
                }
            }
        } catch (SQLException e) {
            throw new UserException("Could not create database " + name + " in the server on " + directory + ": " + e.getMessage(), e);
        }
    }

    /** The version the running server reports (for example 15.19): what the user is told is what runs. */
    String version(int port) {
        try (Connection c = dataSource(port, "postgres").getConnection();
                Statement show = c.createStatement();
                ResultSet rs = show.executeQuery("SHOW server_version")) {
            rs.next();
            return rs.getString(1);
        } catch (SQLException e) {
            throw new UserException("Could not ask the server on " + directory + " (port " + port + ") for its version: "
                    + e.getMessage(), e);
        }
    }

    static DataSource dataSource(int port, String name) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setServerNames(new String[] {"localhost"});
        dataSource.setPortNumbers(new int[] {port});
        dataSource.setDatabaseName(name);
        dataSource.setUser(USER);
        dataSource.setApplicationName("milmove");
        return dataSource;
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port", e);
        }
    }

    private static boolean portFree(int port) {
        try (ServerSocket ignored = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private String absolute() {
        return directory.toAbsolutePath().toString();
    }

    private void run(String program, List<String> arguments) {
        try {
            // pg_ctl -l sends the server's own output to the log file, so reading this output to the end never waits for the server.
            Process process = new ProcessBuilder(PostgresBinaries.command(program, arguments)).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                throw new UserException(program + " " + arguments.get(arguments.size() - 1) + " failed on " + directory
                        + ":\n" + output.strip() + logTail() + "\nRun 'milmove db reset' to start from scratch.");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not run " + program, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UserException("Interrupted while running " + program);
        }
    }

    private String logTail() {
        Path log = directory.resolve(LOG_FILE);
        try {
            List<String> lines = Files.exists(log) ? Files.readAllLines(log) : List.of();
            return lines.isEmpty() ? "" : "\nServer log " + log + ":\n  "
                    + String.join("\n  ", lines.subList(Math.max(0, lines.size() - 5), lines.size()));
        } catch (IOException e) {
            return "";
        }
    }
}
