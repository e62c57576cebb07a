package org.milmove.cli.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.milmove.cli.UserException;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A PostgreSQL server given by the --db-* options. */
final class ServerDatabase implements Database {
    private static final Logger LOG = LoggerFactory.getLogger(ServerDatabase.class);

    private final PGSimpleDataSource dataSource;
    private final String description;
    private final String address;

    /** Where each connection's password comes from; closed with the database. */
    interface Password extends Supplier<String>, AutoCloseable {
        @Override
        default void close() {
            // A fixed password holds nothing.
        }
    }

    private final Password password;

    /**
     * @param password asked at each new connection (an IAM token expires); may return null
     * @param sslRootCert the CA certificate to verify the server with, or null for PgJDBC's default
     */
    ServerDatabase(String host, int port, String name, String user, Password password, String sslMode, Path sslRootCert) {
        this.password = password;
        dataSource = new PasswordPerConnection(password);
        dataSource.setServerNames(new String[] {host});
        dataSource.setPortNumbers(new int[] {port});
        dataSource.setDatabaseName(name);
        dataSource.setUser(user);
        dataSource.setSslMode(sslMode);
        if (sslRootCert != null) {
            dataSource.setSslRootCert(sslRootCert.toAbsolutePath().toString());
        }
        dataSource.setApplicationName("milmove");
        address = host + ":" + port;
        description = "database " + name + " on " + address + " as " + user;
    }

    /**
     * Waits while the server is not accepting connections (not up yet, starting, refusing), up to {@code retryMax}
     * retries; any other failure (password, unknown database) is reported at once.
     */
    void awaitConnection(int retryMax, Duration retryInterval) {
        for (int attempt = 0; ; attempt++) {
            try (Connection ignored = dataSource.getConnection()) {
                return;
            } catch (SQLException e) {
                if (!notAcceptingConnections(e) || attempt >= retryMax) {
                    throw new UserException("Could not connect to " + description + ": " + e.getMessage()
                            + (attempt > 0 ? " (after " + attempt + " retries)" : "")
                            + ". Check --db-host, --db-port, --db-name, --db-user and --db-password"
                            + " (DB_HOST, DB_PORT, DB_NAME, DB_USER, DB_PASSWORD).", e);
                }
                LOG.info("Waiting for {} to accept connections (retry {} of {}, every {} ms)",
                        address, attempt + 1, retryMax, retryInterval.toMillis());
                sleep(retryInterval);
            }
        }
    }

    private static boolean notAcceptingConnections(SQLException e) {
        String state = e.getSQLState();
        // 08: connection exceptions (refused, unknown host); 57P03: the server is starting up or shutting down.
        return state != null && (state.startsWith("08") || state.equals("57P03"));
    }

    private static void sleep(Duration interval) {
        try {
            Thread.sleep(interval.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UserException("Interrupted while waiting for the database");
        }
    }

    /**
     * Asks for the password at each connection instead of storing it, so that an IAM token is fresh (pg_dump, which
     * gets it through {@link #getPassword()}, too).
     */
    private static final class PasswordPerConnection extends PGSimpleDataSource {
        private final transient Supplier<String> password;

        PasswordPerConnection(Supplier<String> password) {
            this.password = password;
        }

        @Override
        public Connection getConnection() throws SQLException {
            return getConnection(getUser(), getPassword());
        }

        @Override
        public String getPassword() {
            return password.get();
        }
    }

    @Override
    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public void close() {
        // Connections are closed by their users; there is no pool to shut down, only what signs IAM tokens.
        password.close();
    }
}
