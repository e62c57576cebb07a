package org.milmove.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.milmove.testsupport.S3TestServer;
import org.milmove.testsupport.SsoTestServer;
import org.milmove.testsupport.StsTestServer;
import org.milmove.testsupport.StsTestServer.Call;
import org.milmove.testsupport.TestDatabase;
import org.milmove.testsupport.WithPostgres;
import org.milmove.testsupport.WithS3;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Every AWS login the shipped jar offers, each in a process of its own with only the AWS settings the test gives it:
 * a profile's {@code credential_process}, an assumed-role profile, web identity as in CI, SSO after {@code aws sso
 * login} and without it, and {@code --db-iam} with an SSO profile or {@code --db-iam-role}. STS and the SSO portal are
 * local servers; S3 is the S3 test server, which accepts only its own keys, so a read that succeeds proves those keys
 * came through the login under test.
 */
@WithPostgres
@WithS3
class AwsLoginJarIT {
    private static final String ROLE = "arn:aws:iam::123456789012:role/milmove-migrator";
    private static final String MIGRATION = "20250101000000_read_through_a_login.up.sql";

    private final TestDatabase db;
    private final S3TestServer server;
    @TempDir
    Path dir;
    private String bucket;
    private MigrationProject project;

    AwsLoginJarIT(TestDatabase db, S3TestServer server) {
        this.db = db;
        this.server = server;
    }

    @BeforeEach
    void oneMigrationInS3() throws SQLException {
        db.emptyPublicSchema();
        bucket = server.newBucket("login");
        try (S3Client s3 = server.client()) {
            s3.putObject(b -> b.bucket(bucket).key("secure/" + MIGRATION), RequestBody.fromString("CREATE TABLE read_from_s3 ();"));
        }
        project = new MigrationProject(dir).list(MIGRATION);
    }

    @Test
    void aCredentialProcessProfileReadsTheBucket() throws Exception {
        Path keys = Files.writeString(dir.resolve("keys.json"), """
                {"Version": 1, "AccessKeyId": "%s", "SecretAccessKey": "%s"}
                """.formatted(S3TestServer.ACCESS_KEY, S3TestServer.SECRET_KEY));
        Map<String, String> env = environment("""
                [profile proc]
                credential_process = cat %s
                """.formatted(keys), "");

        CliResult result = new MilmoveProcess(dir, env).run("migrate", "--aws-profile", "proc");

        assertMigrated(result);
    }

    @Test
    void anAssumedRoleProfileGetsItsKeysFromStsOnThisMachineAndReadsTheBucket() throws Exception {
        try (StsTestServer sts = StsTestServer.start(S3TestServer.ACCESS_KEY, S3TestServer.SECRET_KEY, "role-session", Duration.ofHours(1))) {
            Map<String, String> env = environment("""
                    [profile deploy]
                    role_arn = %s
                    source_profile = source
                    """.formatted(ROLE), """
                    [source]
                    aws_access_key_id = source-key
                    aws_secret_access_key = source-secret
                    """);
            env.put("AWS_ENDPOINT_URL_STS", sts.endpoint().toString());

            CliResult result = new MilmoveProcess(dir, env).run("migrate", "--aws-profile", "deploy");

            assertMigrated(result);
            assertThat(sts.calls()).extracting(Call::action, c -> c.parameter("RoleArn"), Call::signedWith)
                    .containsExactly(tuple("AssumeRole", ROLE, "source-key"));
        }
    }

    @Test
    void webIdentityAsInCiGetsItsKeysFromStsAndReadsTheBucket() throws Exception {
        try (StsTestServer sts = StsTestServer.start(S3TestServer.ACCESS_KEY, S3TestServer.SECRET_KEY, "ci-session", Duration.ofHours(1))) {
            Path token = Files.writeString(dir.resolve("web-identity-token"), "oidc-token-from-the-ci");
            Map<String, String> env = environment("", "");
            env.put("AWS_ENDPOINT_URL_STS", sts.endpoint().toString());
            env.put("AWS_WEB_IDENTITY_TOKEN_FILE", token.toString());
            env.put("AWS_ROLE_ARN", ROLE);

            CliResult result = new MilmoveProcess(dir, env).run("migrate");

            assertMigrated(result);
            assertThat(sts.calls()).extracting(Call::action, c -> c.parameter("RoleArn"), c -> c.parameter("WebIdentityToken"))
                    .containsExactly(tuple("AssumeRoleWithWebIdentity", ROLE, "oidc-token-from-the-ci"));
        }
    }

    @Test
    void anSsoProfileUsesTheLoginThatAwsSsoLoginCached() throws Exception {
        try (SsoTestServer sso = SsoTestServer.start(S3TestServer.ACCESS_KEY, S3TestServer.SECRET_KEY, "sso-session")) {
            Map<String, String> env = environment(ssoProfile("sso_session = milmove"), "");
            env.put("AWS_ENDPOINT_URL_SSO", sso.endpoint().toString());
            // What 'aws sso login' leaves: the access token in ~/.aws/sso/cache/<sha1 of the session name>.json.
            Path cache = Files.createDirectories(dir.resolve(".aws/sso/cache"));
            Files.writeString(cache.resolve(sha1("milmove") + ".json"), """
                    {"accessToken": "cached-access-token", "expiresAt": "%s", "region": "us-east-1",
                     "startUrl": "https://milmove-test.awsapps.com/start"}
                    """.formatted(Instant.now().plus(Duration.ofHours(1))));

            CliResult result = new MilmoveProcess(dir, env).run("migrate", "--aws-profile", "sso-dev");

            assertMigrated(result);
            assertThat(sso.calls()).singleElement().satisfies(call -> {
                assertThat(call.accessToken()).isEqualTo("cached-access-token");
                assertThat(call.query()).contains("account_id=123456789012").contains("role_name=Migrator");
            });
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sso_session = milmove", "sso_start_url = https://milmove-test.awsapps.com/start\nsso_region = us-east-1"})
    void anSsoProfileWithoutALoginSaysToLogInAndExits2(String ssoSettings) throws Exception {
        Map<String, String> env = environment(ssoProfile(ssoSettings), "");

        CliResult result = new MilmoveProcess(dir, env).run("migrate", "--aws-profile", "sso-dev");

        assertThat(result.exitCode()).as(result.all()).isEqualTo(2);
        assertThat(result.err()).isEqualTo("milmove: No AWS credentials to read s3://" + bucket + "/secure: AWS profile"
                + " sso-dev signs in with SSO and has no valid login (none yet, or it expired): run `aws sso login"
                + " --profile sso-dev`." + System.lineSeparator());
    }

    @Test
    void dbIamWithAnSsoProfileWithoutALoginSaysToLogInAndExits2() throws Exception {
        Map<String, String> env = environment(ssoProfile("sso_session = milmove"), "");
        env.put("AWS_PROFILE", "sso-dev");
        project.unlisted("schema", MIGRATION, "SELECT 1;");
        env.put("MIGRATION_PATH", dir.resolve("schema").toString());

        CliResult result = new MilmoveProcess(dir, env).run("migrate", "--db-iam", "--db-region", "us-east-1");

        assertThat(result.exitCode()).as(result.all()).isEqualTo(2);
        assertThat(result.err()).isEqualTo("milmove: Could not sign an RDS IAM token for " + db.user() + "@" + db.host()
                + ":" + db.port() + ": AWS profile sso-dev signs in with SSO and has no valid login (none yet, or it"
                + " expired): run `aws sso login --profile sso-dev`" + System.lineSeparator());
    }

    @Test
    void dbIamRoleSignsWithTheAssumedRoleAndPrintsNeitherTokenNorCredentials() throws Exception {
        String secret = "assumed-secret-CANARY";
        String sessionToken = "assumed-session-token-CANARY";
        try (StsTestServer sts = StsTestServer.start("ASIAASSUMEDKEYCANARY", secret, sessionToken, Duration.ofHours(1))) {
            Map<String, String> env = environment("", "");
            project.unlisted("schema", MIGRATION, "SELECT 1;");
            env.put("MIGRATION_PATH", dir.resolve("schema").toString());
            env.put("AWS_ACCESS_KEY_ID", "source-key");
            env.put("AWS_SECRET_ACCESS_KEY", "source-secret-CANARY");
            env.put("AWS_ENDPOINT_URL_STS", sts.endpoint().toString());
            env.put("DB_IAM_ROLE", ROLE);

            // The test server has no SSL, which IAM requires: the connection fails after the token was signed.
            CliResult result = new MilmoveProcess(dir, env).run("migrate", "--db-iam", "--db-region", "us-east-1",
                    "--db-retry-max", "0");

            assertThat(result.exitCode()).as(result.all()).isEqualTo(2);
            assertThat(result.err()).contains("Could not connect to database " + db.name());
            assertThat(sts.calls()).extracting(Call::action, c -> c.parameter("RoleArn"), c -> c.parameter("RoleSessionName"),
                    Call::signedWith).containsExactly(tuple("AssumeRole", ROLE, "milmove-migrate", "source-key"));
            assertThat(result.all()).doesNotContain("X-Amz").doesNotContain("Action=connect").doesNotContain("CANARY");
        }
    }

    private void assertMigrated(CliResult result) throws SQLException {
        assertThat(result.exitCode()).as(result.all()).isZero();
        assertThat(db.column("SELECT script FROM flyway_schema_history WHERE success")).containsExactly(MIGRATION);
    }

    private static String ssoProfile(String ssoSettings) {
        return """
                [profile sso-dev]
                %s
                sso_account_id = 123456789012
                sso_role_name = Migrator
                [sso-session milmove]
                sso_start_url = https://milmove-test.awsapps.com/start
                sso_region = us-east-1
                """.formatted(ssoSettings);
    }

    /**
     * The run's environment: the database, the manifest, s3://bucket/secure on the S3 test server, and these AWS
     * config and credentials files; HOME is the test's folder, so the SSO token cache is too. No AWS keys.
     */
    private Map<String, String> environment(String config, String credentials) throws Exception {
        Map<String, String> env = new TreeMap<>(Map.of(
                "DB_HOST", db.host(), "DB_PORT", String.valueOf(db.port()), "DB_NAME", db.name(), "DB_USER", db.user(),
                "DB_PASSWORD", db.password(),
                "MIGRATION_MANIFEST", project.manifest().toString(), "MIGRATION_PATH", "s3://" + bucket + "/secure",
                "AWS_ENDPOINT_URL_S3", server.endpoint().toString(), "AWS_REGION", S3TestServer.REGION, "HOME", dir.toString()));
        env.put("AWS_CONFIG_FILE", Files.writeString(dir.resolve("aws-config"), config).toString());
        env.put("AWS_SHARED_CREDENTIALS_FILE", Files.writeString(dir.resolve("aws-credentials"), credentials).toString());
        return env;
    }

    private static String sha1(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
