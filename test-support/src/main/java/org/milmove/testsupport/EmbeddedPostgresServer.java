package org.milmove.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * PostgreSQL 15 from the Maven-delivered binaries, in a throwaway data directory.
 * Public so that tests can start a server on a chosen port at a chosen moment (for example to
 * exercise a client's retry loop).
 */
public final class EmbeddedPostgresServer implements PostgresServer {
    private final EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /** Starts a server on a free port. */
    public static EmbeddedPostgresServer start() {
        return start(0);
    }

    /** Starts a server on {@code port} (0 picks a free one). */
    public static EmbeddedPostgresServer start(int port) {
        try {
            Path dataDir = Files.createTempDirectory("test-pg-");
            return new EmbeddedPostgresServer(EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(true)
                    .setPort(port)
                    // Durability is worthless for a throwaway test server and costs seconds.
                    .setServerConfig("fsync", "off")
                    .setServerConfig("full_page_writes", "off")
                    .start());
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL server", e);
        }
    }

    public int port() {
        return postgres.getPort();
    }

    @Override
    public TestDatabase admin() {
        return new TestDatabase("localhost", postgres.getPort(), "postgres", "postgres", "");
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
