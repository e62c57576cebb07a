package org.milmove.cli.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.OptionalInt;
import org.milmove.cli.UserException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The lifecycle of one local database's server: started in the background by {@code db start} (it then runs until
 * {@code db stop}), or for the duration of one command.
 */
final class LocalDatabase {
    private static final Logger LOG = LoggerFactory.getLogger(LocalDatabase.class);
    // Written by 'db start' into the data directory: the running server is meant to stay, commands only connect to it.
    private static final String BACKGROUND_MARKER = "milmove-background";

    private final LocalServer server;

    LocalDatabase(Path directory) {
        this.server = new LocalServer(directory);
    }

    LocalServer server() {
        return server;
    }

    Path directory() {
        return server.directory();
    }

    boolean exists() {
        return Files.exists(directory());
    }

    /** The port of the server that {@code db start} left running, if it is running. */
    OptionalInt backgroundPort() {
        return Files.exists(marker()) ? server.runningPort() : OptionalInt.empty();
    }

    /** Starts the server to keep running after this process, with database {@code name}. */
    void startInBackground(int port, String name) {
        try (CommandLock ignored = lock()) {
            prepare();
            server.start(port);
            write(marker(), "started by 'milmove db start'\n");
            server.createDatabaseIfMissing(port, name);
        }
    }

    /** Stops the server, whoever started it; false if none was running. */
    boolean stop() {
        try (CommandLock ignored = lock()) {
            boolean running = server.runningPort().isPresent();
            if (running) {
                server.stop();
            }
            deleteMarker();
            return running;
        }
    }

    /** Stops the server if one runs and deletes the data directory. */
    void delete() {
        try (CommandLock ignored = lock()) {
            if (server.runningPort().isPresent()) {
                server.stop();
            }
            server.delete();
        }
    }

    /**
     * Stops a server that a killed command left running and creates the data directory on first use. Call with the
     * lock held.
     */
    void prepare() {
        if (!server.initialized()) {
            server.initdb();
            return;
        }
        if (server.runningPort().isPresent()) {
            LOG.warn("Stopping a server left running on {} by an earlier command", directory());
            server.stop();
        }
        deleteMarker();
    }

    /** Held by the command that starts, stops or uses a server on this directory for its own duration. */
    CommandLock lock() {
        Path lockFile = directory().resolveSibling(directory().getFileName() + ".lock");
        try {
            Files.createDirectories(lockFile.getParent());
            FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                throw new UserException("The embedded database in " + directory()
                        + " is in use by another milmove command; wait for it to finish");
            }
            return new CommandLock(channel);
        } catch (IOException e) {
            throw new UncheckedIOException("could not lock " + lockFile, e);
        }
    }

    private Path marker() {
        return directory().resolve(BACKGROUND_MARKER);
    }

    private void deleteMarker() {
        try {
            Files.deleteIfExists(marker());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String content) {
        try {
            Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Closing the channel releases the lock. */
    record CommandLock(FileChannel channel) implements AutoCloseable {
        @Override
        public void close() {
            try {
                channel.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
