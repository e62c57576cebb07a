package org.milmove.cli.db;

import java.nio.file.Path;
import java.util.OptionalInt;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The developer's local database: PostgreSQL 15 from the binaries in the CLI jar, its data kept under {@code tmp/}
 * so that it survives between runs. If {@code milmove db start} left its server running, commands connect to it and
 * leave it running; otherwise the server is started for one command and stopped after it.
 */
public final class EmbeddedDevDatabase implements Database {
    public static final Path DEFAULT_DIRECTORY = LocalEnvironment.DEV.directory();

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDevDatabase.class);

    private final String name;
    private final int port;
    private final CommandServer ownServer;

    private EmbeddedDevDatabase(String name, int port, CommandServer ownServer) {
        this.name = name;
        this.port = port;
        this.ownServer = ownServer;
    }

    /** Connects to the server running on {@code directory}, or starts one for this command; creates database {@code name}. */
    public static EmbeddedDevDatabase open(Path directory, String name) {
        LocalDatabase local = new LocalDatabase(directory);
        OptionalInt running = local.backgroundPort();
        if (running.isPresent()) {
            local.server().createDatabaseIfMissing(running.getAsInt(), name);
            LOG.info("Using the embedded dev database {} (PostgreSQL {}, data in {}, port {}); it was started by"
                    + " 'milmove db start' and keeps running", name, local.server().version(running.getAsInt()),
                    directory, running.getAsInt());
            return new EmbeddedDevDatabase(name, running.getAsInt(), null);
        }
        CommandServer server = CommandServer.start(local);
        try {
            local.server().createDatabaseIfMissing(server.port(), name);
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
        LOG.info("Using the embedded dev database {} (PostgreSQL {}, data in {}, port {}); 'milmove db reset' wipes it",
                name, local.server().version(server.port()), directory, server.port());
        return new EmbeddedDevDatabase(name, server.port(), server);
    }

    /** Like {@link #open}, on a new data directory: whatever {@code directory} held is deleted first. */
    public static EmbeddedDevDatabase openFresh(Path directory, String name) {
        LocalDatabase local = new LocalDatabase(directory);
        if (local.exists()) {
            local.delete();
        }
        return open(directory, name);
    }

    public int port() {
        return port;
    }

    @Override
    public DataSource dataSource() {
        return LocalServer.dataSource(port, name);
    }

    @Override
    public String description() {
        return "embedded dev database " + name + " on localhost:" + port + " as " + LocalServer.USER;
    }

    @Override
    public void close() {
        if (ownServer != null) {
            ownServer.close();
        }
    }

    /** A server on a free port for one command: stopped when the command ends, or when the JVM is told to exit. */
    private static final class CommandServer implements AutoCloseable {
        private final LocalDatabase local;
        private final LocalDatabase.CommandLock lock;
        private final int port;
        private final Thread stopOnExit;

        private CommandServer(LocalDatabase local, LocalDatabase.CommandLock lock, int port) {
            this.local = local;
            this.lock = lock;
            this.port = port;
            this.stopOnExit = new Thread(this::stop, "milmove-stop-embedded-postgres");
        }

        static CommandServer start(LocalDatabase local) {
            LocalDatabase.CommandLock lock = local.lock();
            try {
                local.prepare();
                CommandServer server = new CommandServer(local, lock, LocalServer.freePort());
                local.server().start(server.port);
                Runtime.getRuntime().addShutdownHook(server.stopOnExit);
                return server;
            } catch (RuntimeException e) {
                lock.close();
                throw e;
            }
        }

        int port() {
            return port;
        }

        @Override
        public void close() {
            try {
                Runtime.getRuntime().removeShutdownHook(stopOnExit);
            } catch (IllegalStateException alreadyShuttingDown) {
                return;
            }
            stop();
        }

        private void stop() {
            try {
                local.server().stop();
            } finally {
                lock.close();
            }
        }
    }
}
