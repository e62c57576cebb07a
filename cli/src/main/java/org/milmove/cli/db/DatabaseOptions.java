package org.milmove.cli.db;

import java.time.Duration;
import java.util.Map;
import org.milmove.cli.UserException;
import picocli.CommandLine.Help.Visibility;
import picocli.CommandLine.Option;

/** The --db-* options shared by every command that talks to a database; each also read from its environment variable. */
public final class DatabaseOptions {

    @Option(names = "--db-host", defaultValue = "${env:DB_HOST}", showDefaultValue = Visibility.NEVER,
            description = "Database server [DB_HOST]. Without it the embedded dev database is used (not allowed when CI=true).")
    String host;

    @Option(names = "--db-port", defaultValue = "${env:DB_PORT:-5432}", description = "Port [DB_PORT] (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--db-name", defaultValue = "${env:DB_NAME:-dev_db}", description = "Database name [DB_NAME] (default: ${DEFAULT-VALUE}).")
    String name;

    @Option(names = "--db-user", defaultValue = "${env:DB_USER:-postgres}", description = "User [DB_USER] (default: ${DEFAULT-VALUE}).")
    String user;

    @Option(names = "--db-password", defaultValue = "${env:DB_PASSWORD}", showDefaultValue = Visibility.NEVER,
            description = "Password [DB_PASSWORD]; prefer the variable, which does not show in the process list.")
    String password;

    @Option(names = "--db-ssl-mode", defaultValue = "${env:DB_SSL_MODE:-prefer}",
            description = "SSL mode [DB_SSL_MODE]: disable, allow, prefer, require, verify-ca, verify-full (default: ${DEFAULT-VALUE}).")
    String sslMode;

    @Option(names = "--db-retry-max", defaultValue = "${env:DB_RETRY_MAX:-5}",
            description = "Retries while the server is not accepting connections [DB_RETRY_MAX] (default: ${DEFAULT-VALUE}).")
    int retryMax;

    @Option(names = "--db-retry-interval", defaultValue = "${env:DB_RETRY_INTERVAL:-2s}", converter = DurationConverter.class,
            description = "Wait between retries, e.g. 500ms, 5s [DB_RETRY_INTERVAL] (default: ${DEFAULT-VALUE}).")
    Duration retryInterval;

    /**
     * Opens the database these options name: the server given by --db-host, or else the embedded dev database.
     *
     * @param environment the process environment, consulted for {@code CI}
     */
    public Database open(Map<String, String> environment) {
        if (host == null || host.isBlank()) {
            if ("true".equalsIgnoreCase(environment.get("CI"))) {
                throw new UserException("No database host: set DB_HOST or --db-host. CI=true, so the embedded dev"
                        + " database is not used (CI must never migrate a throwaway database by accident).");
            }
            return EmbeddedDevDatabase.open(EmbeddedDevDatabase.DEFAULT_DIRECTORY, name);
        }
        ServerDatabase database = new ServerDatabase(host, port, name, user, password, sslMode);
        database.awaitConnection(Math.max(0, retryMax), retryInterval);
        return database;
    }
}
