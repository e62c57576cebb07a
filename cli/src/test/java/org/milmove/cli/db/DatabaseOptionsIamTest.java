package org.milmove.cli.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.milmove.cli.CliResult;
import org.milmove.cli.MigrationProject;
import org.milmove.cli.UserException;
import org.milmove.testsupport.S3TestServer;
import org.milmove.testsupport.StsTestServer;
import org.milmove.testsupport.TestDatabase;
import org.milmove.testsupport.WithPostgres;
import org.postgresql.ds.PGSimpleDataSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * --db-iam, --db-iam-role, --db-region and --db-ssl-root-cert: the token, the role's credentials from a local STS, the
 * SSL settings, and that no message shows the token.
 */
@WithPostgres
class DatabaseOptionsIamTest {
    private static final String RDS_HOST = "milmove.abcdefghijkl.us-gov-west-1.rds.amazonaws.com";
    // AWS's documented example key pair: signs well-formed tokens, opens nothing.
    private static final String ACCESS_KEY = "AKIAIOSFODNN7EXAMPLE";
    private static final String TOKEN = "^" + RDS_HOST.replace(".", "\\.") + ":5432/\\?DBUser=crud&Action=connect"
            + "&X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Date=\\d{8}T\\d{6}Z&X-Amz-SignedHeaders=host&X-Amz-Expires=900"
            + "&X-Amz-Credential=" + ACCESS_KEY + "%2F\\d{8}%2Fus-gov-west-1%2Frds-db%2Faws4_request"
            + "&X-Amz-Signature=[0-9a-f]{64}$";
    private static final String ROLE = "arn:aws-us-gov:iam::123456789012:role/milmove-migrator";
    private static final String ASSUMED_KEY = "ASIAASSUMEDROLEKEY01";
    private static final String ASSUMED_SECRET = "assumed-secret-must-never-show";
    private static final String SESSION_TOKEN = "assumed-session-token/with+characters=to-encode";
    // The token a role's temporary credentials sign: their key id, and their session token as X-Amz-Security-Token.
    // The SDK fixes the expiry before it fetches the credentials, so a token that waited for STS may say 899 seconds.
    private static final String ASSUMED_TOKEN = "^" + RDS_HOST.replace(".", "\\.") + ":5432/\\?DBUser=crud&Action=connect"
            + "&X-Amz-Security-Token=" + Pattern.quote(URLEncoder.encode(SESSION_TOKEN, StandardCharsets.UTF_8))
            + "&X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Date=\\d{8}T\\d{6}Z&X-Amz-SignedHeaders=host&X-Amz-Expires=(899|900)"
            + "&X-Amz-Credential=" + ASSUMED_KEY + "%2F\\d{8}%2Fus-gov-west-1%2Frds-db%2Faws4_request"
            + "&X-Amz-Signature=[0-9a-f]{64}$";

    @TempDir
    Path dir;

    @BeforeAll
    static void staticTestCredentials() {
        System.setProperty("aws.accessKeyId", ACCESS_KEY);
        System.setProperty("aws.secretAccessKey", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");
    }

    @AfterAll
    static void forgetCredentials() {
        S3TestServer.forgetCredentials();
    }

    @AfterEach
    void forgetStsEndpoint() {
        System.clearProperty("aws.endpointUrlSts");
    }

    @Test
    void signsAWellFormedTokenForEachConnection() {
        RdsIamToken token = new RdsIamToken(RDS_HOST, 5432, "crud", "us-gov-west-1", null);

        String generated = token.get();

        assertThat(generated).matches(TOKEN);
    }

    @Test
    void withARoleTheTokenIsSignedWithTheRolesCredentialsFromSts() {
        try (StsTestServer sts = sts(Duration.ofHours(1));
             RdsIamToken token = new RdsIamToken(RDS_HOST, 5432, "crud", "us-gov-west-1", ROLE)) {

            String generated = token.get();

            assertThat(generated).matches(ASSUMED_TOKEN);
            assertThat(sts.calls()).singleElement().satisfies(call -> {
                assertThat(call.action()).isEqualTo("AssumeRole");
                assertThat(call.parameter("RoleArn")).isEqualTo(ROLE);
                assertThat(call.parameter("RoleSessionName")).isEqualTo("milmove-migrate");
                assertThat(call.signedWith()).as("the default chain's credentials assume the role").isEqualTo(ACCESS_KEY);
            });
        }
    }

    @Test
    void theRoleIsAssumedOnceWhileItsCredentialsAreFreshAndAgainBeforeTheyExpire() {
        try (StsTestServer longLived = sts(Duration.ofHours(1));
             RdsIamToken token = new RdsIamToken(RDS_HOST, 5432, "crud", "us-gov-west-1", ROLE)) {
            token.get();
            token.get();
            assertThat(longLived.calls()).hasSize(1);
        }
        // The SDK renews credentials from 5 minutes before they expire (jittered, but never later than 2 minutes before),
        // so credentials 2 minutes from expiry are renewed for the next token.
        try (StsTestServer expiringSoon = sts(Duration.ofMinutes(2));
             RdsIamToken token = new RdsIamToken(RDS_HOST, 5432, "crud", "us-gov-west-1", ROLE)) {
            token.get();
            token.get();
            assertThat(expiringSoon.calls()).hasSize(2);
        }
    }

    @Test
    void aRoleThatMayNotBeAssumedIsNamedWithStssAnswer() {
        try (StsTestServer sts = sts(Duration.ofHours(1));
             RdsIamToken token = new RdsIamToken(RDS_HOST, 5432, "crud", "us-gov-west-1", ROLE)) {
            sts.deny();

            assertThatThrownBy(token::get).isInstanceOf(UserException.class)
                    .hasMessageStartingWith("Could not assume the role " + ROLE + " (--db-iam-role, DB_IAM_ROLE) to sign an"
                            + " RDS IAM token for crud@" + RDS_HOST + ":5432: AccessDenied: Not authorized to perform"
                            + " sts:AssumeRole on " + ROLE);
        }
    }

    @Test
    void aRoleWithoutIamExits2() {
        CliResult result = migrate("--db-host", RDS_HOST, "--db-iam-role", ROLE);

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).isEqualTo("milmove: --db-iam-role (DB_IAM_ROLE) signs the RDS IAM token, but --db-iam"
                + " (DB_IAM) is off: add --db-iam (DB_IAM=true), or leave out the role" + System.lineSeparator());
    }

    @Test
    void iamRequiresSslAndUsesTheRootCertificateAndTheTokenAsPassword() throws Exception {
        Path cert = Files.writeString(dir.resolve("rds-bundle.pem"), "-----BEGIN CERTIFICATE-----\n");

        ServerDatabase server = options("--db-host", RDS_HOST, "--db-user", "crud", "--db-iam", "--db-region", "us-gov-west-1",
                "--db-ssl-root-cert", cert.toString()).server();

        PGSimpleDataSource source = (PGSimpleDataSource) server.dataSource();
        assertThat(source.getSslMode()).isEqualTo("require");
        assertThat(source.getSslRootCert()).isEqualTo(cert.toAbsolutePath().toString());
        assertThat(source.getPassword()).matches(TOKEN);
        assertThat(server.description()).isEqualTo("database dev_db on " + RDS_HOST + ":5432 as crud").doesNotContain("X-Amz");
        assertThat(source.getUrl()).doesNotContain("X-Amz").doesNotContain("Action=connect");
    }

    @Test
    void iamKeepsAStricterSslModeAndRefusesDisable() {
        assertThat(((PGSimpleDataSource) options("--db-host", RDS_HOST, "--db-iam", "--db-region", "us-gov-west-1",
                "--db-ssl-mode", "verify-full").server().dataSource()).getSslMode()).isEqualTo("verify-full");

        assertThatThrownBy(() -> options("--db-host", RDS_HOST, "--db-iam", "--db-region", "us-gov-west-1",
                "--db-ssl-mode", "disable").server())
                .isInstanceOf(UserException.class).hasMessageContaining("--db-iam needs SSL");
    }

    @Test
    void withoutIamThePasswordAndSslModeAreAsGiven() {
        PGSimpleDataSource source = (PGSimpleDataSource) options("--db-host", "db.example", "--db-password", "pw").server().dataSource();

        assertThat(source.getSslMode()).isEqualTo("prefer");
        assertThat(source.getSslRootCert()).isNull();
        assertThat(source.getPassword()).isEqualTo("pw");
    }

    @Test
    void aMissingRootCertificateIsNamedAndExits2() {
        Path missing = dir.resolve("no-such-bundle.pem");

        CliResult result = migrate("--db-host", "localhost", "--db-ssl-root-cert", missing.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("The SSL root certificate " + missing + " (--db-ssl-root-cert, DB_SSL_ROOT_CERT) does not exist");
    }

    @Test
    void iamWithoutAHostOrWithSslDisabledExits2() {
        CliResult noHost = migrate("--db-iam");
        CliResult disabled = migrate("--db-host", RDS_HOST, "--db-iam", "--db-region", "us-gov-west-1", "--db-ssl-mode", "disable");

        assertThat(noHost.exitCode()).isEqualTo(2);
        assertThat(noHost.err()).contains("--db-iam (DB_IAM) needs an RDS host");
        assertThat(disabled.exitCode()).isEqualTo(2);
        assertThat(disabled.err()).contains("--db-iam needs SSL");
    }

    @Test
    void aFailedIamConnectionNeverShowsTheToken(TestDatabase db) {
        // The test server has no SSL, so the required SSL fails the connection after the token was signed.
        CliResult result = migrate("--db-host", db.host(), "--db-port", String.valueOf(db.port()),
                "--db-name", db.name(), "--db-user", db.user(), "--db-iam", "--db-region", "us-gov-west-1", "--db-retry-max", "0");

        assertThat(result.exitCode()).as(result.all()).isEqualTo(2);
        assertThat(result.err()).contains("Could not connect to database " + db.name());
        assertThat(result.all()).doesNotContain("X-Amz").doesNotContain("Action=connect");
    }

    /** A local STS answering with the role's temporary credentials; this JVM's STS clients are sent to it. */
    private static StsTestServer sts(Duration lifetime) {
        StsTestServer sts = StsTestServer.start(ASSUMED_KEY, ASSUMED_SECRET, SESSION_TOKEN, lifetime);
        System.setProperty("aws.endpointUrlSts", sts.endpoint().toString());
        return sts;
    }

    private CliResult migrate(String... dbOptions) {
        var project = new MigrationProject(dir).listed("schema", "20250101000000_a.up.sql", "SELECT 1;");
        List<String> args = new ArrayList<>(List.of("migrate", "-m", project.manifest().toString(), "--migration-path", project.migrationPath()));
        args.addAll(List.of(dbOptions));
        return CliResult.run(args);
    }

    private static DatabaseOptions options(String... args) {
        Holder holder = new Holder();
        new CommandLine(holder).parseArgs(args);
        return holder.db;
    }

    @Command
    static final class Holder {
        @Mixin
        DatabaseOptions db = new DatabaseOptions();
    }
}
