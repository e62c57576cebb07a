package org.milmove.cli.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.milmove.cli.UserException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The developer's local database: PostgreSQL 15 from the binaries in the CLI jar, started for one command, its data
 * kept under {@code tmp/} so that it survives between runs.
 */
public final class EmbeddedDevDatabase implements Database {
    public static final Path DEFAULT_DIRECTORY = Path.of("tmp", "db", "dev");

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDevDatabase.class);
    // zonky's own lock file: held by the process that runs the server.
    private static final String LOCK_FILE = "epg-lock";

    private final EmbeddedPostgres postgres;
    private final String name;

    private EmbeddedDevDatabase(EmbeddedPostgres postgres, String name) {
        this.postgres = postgres;
        this.name = name;
    }

    /** Starts the server on the data in {@code directory} (created on first use) and creates database {@code name}. */
    public static EmbeddedDevDatabase start(Path directory, String name) {
        stopLeftoverServer(directory);
        try {
            Files.createDirectories(directory);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(false)
                    .start();
            EmbeddedDevDatabase database = new EmbeddedDevDatabase(postgres, name);
            database.createIfMissing();
            LOG.info("Using the embedded dev database {} (PostgreSQL 15, data in {}, port {}); 'milmove db reset' wipes it",
                    name, directory, postgres.getPort());
            return database;
        } catch (IOException e) {
            throw new UserException("Could not start the embedded dev database in " + directory + ": " + e.getMessage()
                    + ". Run 'milmove db reset' to start from scratch.", e);
        }
    }

    /** Deletes the data in {@code directory}; the next command starts with an empty database. */
    public static boolean reset(Path directory) {
        if (!Files.exists(directory)) {
            return false;
        }
        stopLeftoverServer(directory);
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete " + directory, e);
        }
    }

    /**
     * A server left running by a command that was killed holds the data directory; stop it, unless another milmove
     * command is using it right now.
     */
    private static void stopLeftoverServer(Path directory) {
        Path lockFile = directory.resolve(LOCK_FILE);
        if (!Files.exists(lockFile)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
                FileLock lock = channel.tryLock()) {
            if (lock == null) {
                throw new UserException("The embedded dev database in " + directory
                        + " is in use by another milmove command; wait for it to finish");
            }
            Path pidFile = directory.resolve("postmaster.pid");
            if (Files.exists(pidFile)) {
                long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).strip());
                ProcessHandle.of(pid).ifPresent(process -> stop(process, directory));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not check " + lockFile, e);
        }
    }

    private static void stop(ProcessHandle process, Path directory) {
        LOG.warn("Stopping an embedded server (pid {}) left running on {} by an earlier command", process.pid(), directory);
        process.destroy();
        try {
            process.onExit().get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            throw new UserException("A leftover server (pid " + process.pid() + ") holds " + directory
                    + " and did not stop; stop it and run again");
        }
    }

    private void createIfMissing() {
        try (Connection c = postgres.getPostgresDatabase().getConnection();
                PreparedStatement exists = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, name);
            try (ResultSet rs = exists.executeQuery()) {
                if (!rs.next()) {
                    c.createStatement().execute("CREATE DATABASE \"" + name.replace("\"", "\"\"") + "\"");
                }
            }
        } catch (SQLException e) {
            throw new UserException("Could not create database " + name + " in the embedded server: " + e.getMessage(), e);
        }
    }

    @Override
    public DataSource dataSource() {
        return postgres.getDatabase("postgres", name);
    }

    @Override
    public String description() {
        return "embedded dev database " + name;
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
