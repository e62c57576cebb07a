package org.milmove.cli.db;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.milmove.cli.Quoted;
import org.milmove.cli.UserException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Help.Visibility;
import picocli.CommandLine.Option;

/** The --db-* options shared by every command that talks to a database; each also read from its environment variable. */
public final class DatabaseOptions {
    private static final Logger LOG = LoggerFactory.getLogger(DatabaseOptions.class);
    private static final List<String> SSL_MODES = List.of("disable", "allow", "prefer", "require", "verify-ca", "verify-full");

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

    @Option(names = "--db-ssl-root-cert", defaultValue = "${env:DB_SSL_ROOT_CERT}", showDefaultValue = Visibility.NEVER,
            description = "CA certificate file (PEM) that signed the server's certificate, e.g. the RDS bundle [DB_SSL_ROOT_CERT];"
                    + " checked with --db-ssl-mode verify-ca or verify-full.")
    Path sslRootCert;

    @Option(names = "--db-iam", defaultValue = "${env:DB_IAM:-false}", arity = "0..1", fallbackValue = "true",
            description = "Sign in to RDS with an IAM authentication token instead of a password [DB_IAM]; AWS credentials"
                    + " from the default chain (AWS_PROFILE, AWS_ACCESS_KEY_ID, role); SSL required (default: ${DEFAULT-VALUE}).")
    boolean iam;

    @Option(names = "--db-iam-role", defaultValue = "${env:DB_IAM_ROLE}", showDefaultValue = Visibility.NEVER,
            description = "ARN of an IAM role to assume for --db-iam [DB_IAM_ROLE]: the token is signed with its"
                    + " credentials, assumed again before they expire (default: sign with the default chain's credentials).")
    String iamRole;

    @Option(names = "--db-region", defaultValue = "${env:DB_REGION}", showDefaultValue = Visibility.NEVER,
            description = "AWS region of the RDS database, for --db-iam [DB_REGION] (default: AWS_REGION or the profile's region).")
    String region;

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
        if (hasIamRole() && !iam) {
            throw new UserException("--db-iam-role (DB_IAM_ROLE) signs the RDS IAM token, but --db-iam (DB_IAM) is off:"
                    + " add --db-iam (DB_IAM=true), or leave out the role");
        }
        if (host == null || host.isBlank()) {
            if (iam) {
                throw new UserException("--db-iam (DB_IAM) needs an RDS host: set --db-host or DB_HOST");
            }
            if ("true".equalsIgnoreCase(environment.get("CI"))) {
                throw new UserException("No database host: set DB_HOST or --db-host. CI=true, so the embedded dev"
                        + " database is not used (CI must never migrate a throwaway database by accident).");
            }
            return EmbeddedDevDatabase.open(EmbeddedDevDatabase.DEFAULT_DIRECTORY, name);
        }
        ServerDatabase database = server();
        try {
            database.awaitConnection(retryMax, retryInterval);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
        return database;
    }

    /** The server these options name, not connected yet. */
    ServerDatabase server() {
        // PgJDBC takes port 0 for its default, 5432: another server than the one asked for.
        if (port < 1 || port > 65535) {
            throw new UserException("--db-port (DB_PORT) must be a port number from 1 to 65535, not " + port);
        }
        if (!SSL_MODES.contains(sslMode)) {
            // PgJDBC reports an unknown mode as a connection failure, which is retried as if the server were starting.
            throw new UserException("--db-ssl-mode (DB_SSL_MODE) must be one of " + String.join(", ", SSL_MODES) + ", not "
                    + Quoted.of(sslMode));
        }
        if (retryMax < 0) {
            throw new UserException("--db-retry-max (DB_RETRY_MAX) must be 0 (no retries) or more, not " + retryMax);
        }
        if (sslRootCert != null && !Files.isRegularFile(sslRootCert)) {
            throw new UserException("The SSL root certificate " + sslRootCert + " (--db-ssl-root-cert, DB_SSL_ROOT_CERT) does not exist");
        }
        if (!iam) {
            String fixed = password;
            return new ServerDatabase(host, port, name, user, () -> fixed, sslMode, sslRootCert);
        }
        if (password != null && !password.isEmpty()) {
            LOG.warn("--db-password (DB_PASSWORD) is ignored: --db-iam signs in with an IAM token");
        }
        RdsIamToken token = new RdsIamToken(host, port, user, region, hasIamRole() ? iamRole : null);
        return new ServerDatabase(host, port, name, user, token, sslModeForIam(), sslRootCert);
    }

    private boolean hasIamRole() {
        return iamRole != null && !iamRole.isBlank();
    }

    private String sslModeForIam() {
        return switch (sslMode) {
            case "disable" -> throw new UserException("--db-iam needs SSL (RDS refuses IAM sign-in without it), but --db-ssl-mode"
                    + " (DB_SSL_MODE) is disable; use require, verify-ca or verify-full");
            // SSL is required with IAM: the default 'prefer' (and 'allow') would fall back to a plain connection.
            case "allow", "prefer" -> "require";
            default -> sslMode;
        };
    }
}
