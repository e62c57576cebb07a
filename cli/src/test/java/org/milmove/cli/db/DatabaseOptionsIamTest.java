package org.milmove.cli.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.milmove.cli.CliResult;
import org.milmove.cli.MigrationProject;
import org.milmove.cli.UserException;
import org.milmove.testsupport.S3TestServer;
import org.milmove.testsupport.TestDatabase;
import org.milmove.testsupport.WithPostgres;
import org.postgresql.ds.PGSimpleDataSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** --db-iam, --db-region and --db-ssl-root-cert: the token, the SSL settings, and that no message shows the token. */
@WithPostgres
class DatabaseOptionsIamTest {
    private static final String RDS_HOST = "milmove.abcdefghijkl.us-gov-west-1.rds.amazonaws.com";
    // AWS's documented example key pair: signs well-formed tokens, opens nothing.
    private static final String ACCESS_KEY = "AKIAIOSFODNN7EXAMPLE";
    private static final String TOKEN = "^" + RDS_HOST.replace(".", "\\.") + ":5432/\\?DBUser=crud&Action=connect"
            + "&X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Date=\\d{8}T\\d{6}Z&X-Amz-SignedHeaders=host&X-Amz-Expires=900"
            + "&X-Amz-Credential=" + ACCESS_KEY + "%2F\\d{8}%2Fus-gov-west-1%2Frds-db%2Faws4_request"
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

    @Test
    void signsAWellFormedTokenForEachConnection() {
        RdsIamToken token = new RdsIamToken(RDS_HOST, 5432, "crud", "us-gov-west-1");

        String generated = token.generate();

        assertThat(generated).matches(TOKEN);
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
