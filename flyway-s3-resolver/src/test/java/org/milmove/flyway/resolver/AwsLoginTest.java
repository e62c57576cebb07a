package org.milmove.flyway.resolver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.milmove.testsupport.S3TestServer;
import org.milmove.testsupport.StsTestServer;
import org.milmove.testsupport.StsTestServer.Call;
import org.milmove.testsupport.WithS3;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The library's own classpath carries every login of the default chain, so that a service reusing it needs nothing
 * more: an assumed-role profile asks STS (here a local one) and reads S3 with what it hands out; an SSO profile
 * without a login says how to log in. Profiles come from a config file of the test's own, through system properties.
 */
@WithS3
class AwsLoginTest {
    private static final String ROLE = "arn:aws:iam::123456789012:role/milmove-migrator";
    private static final String[] PROPERTIES = {"aws.configFile", "aws.sharedCredentialsFile", "aws.endpointUrlSts"};

    private final S3TestServer server;
    @TempDir
    Path dir;
    private String bucket;

    AwsLoginTest(S3TestServer server) {
        this.server = server;
    }

    @BeforeEach
    void bucketWithOneMigration() {
        bucket = server.newBucket("login");
        try (S3Client s3 = server.client()) {
            s3.putObject(b -> b.bucket(bucket).key("secure/20250101000000_a.up.sql"), RequestBody.fromString("SELECT 1;"));
        }
    }

    @AfterEach
    void forgetProfiles() {
        for (String property : PROPERTIES) {
            System.clearProperty(property);
        }
    }

    @Test
    void everyLoginModuleTheDefaultChainLooksForIsOnTheClasspath() throws ClassNotFoundException {
        // The classes the SDK's auth module loads by name, if present: a missing one is a login that never works.
        Class.forName("software.amazon.awssdk.services.sts.internal.StsProfileCredentialsProviderFactory");
        Class.forName("software.amazon.awssdk.services.sts.internal.StsWebIdentityCredentialsProviderFactory");
        Class.forName("software.amazon.awssdk.services.sso.auth.SsoProfileCredentialsProviderFactory");
        Class.forName("software.amazon.awssdk.services.ssooidc.SsoOidcProfileTokenProviderFactory");
    }

    @Test
    void anAssumedRoleProfileGetsItsCredentialsFromStsAndReadsS3() throws Exception {
        profiles("""
                [profile deploy]
                role_arn = %s
                source_profile = source
                role_session_name = milmove-test
                region = us-east-1
                """.formatted(ROLE), """
                [source]
                aws_access_key_id = source-key
                aws_secret_access_key = source-secret
                """);
        try (StsTestServer sts = StsTestServer.start(S3TestServer.ACCESS_KEY, S3TestServer.SECRET_KEY, "session-token",
                Duration.ofHours(1))) {
            // Followed only with a region: without one the SDK sends AssumeRole to the global sts.amazonaws.com.
            System.setProperty("aws.endpointUrlSts", sts.endpoint().toString());

            String content = read(S3Settings.aws().withEndpoint(server.endpoint()).withRegion(S3TestServer.REGION)
                    .withProfile("deploy"));

            assertThat(content).isEqualTo("SELECT 1;");
            assertThat(sts.calls()).extracting(Call::action, c -> c.parameter("RoleArn"), c -> c.parameter("RoleSessionName"),
                    Call::signedWith).containsExactly(tuple("AssumeRole", ROLE, "milmove-test", "source-key"));
        }
    }

    @Test
    void anSsoProfileWithoutALoginSaysToLogIn() throws Exception {
        // A session name no one has logged in with, so no token is cached for it in the machine's ~/.aws/sso/cache.
        String session = "milmove-test-" + UUID.randomUUID();
        profiles("""
                [profile sso-dev]
                sso_session = %s
                sso_account_id = 123456789012
                sso_role_name = Migrator
                [sso-session %1$s]
                sso_start_url = https://milmove-test.awsapps.com/start
                sso_region = us-east-1
                """.formatted(session), "");

        assertThatThrownBy(() -> read(S3Settings.aws().withEndpoint(server.endpoint()).withRegion(S3TestServer.REGION)
                .withProfile("sso-dev")))
                .isInstanceOf(S3AccessException.class)
                .hasMessage("No AWS credentials to read s3://" + bucket + "/secure: AWS profile sso-dev signs in with SSO and"
                        + " has no valid login (none yet, or it expired): run `aws sso login --profile sso-dev`.");
    }

    private void profiles(String config, String credentials) throws IOException {
        System.setProperty("aws.configFile", Files.writeString(dir.resolve("config"), config).toString());
        System.setProperty("aws.sharedCredentialsFile", Files.writeString(dir.resolve("credentials"), credentials).toString());
    }

    /** Lists s3://bucket/secure and reads its migration, as Flyway would. */
    private String read(S3Settings settings) throws IOException {
        try (S3Client s3 = settings.createClient();
             MigrationPathResourceProvider files = MigrationPathResourceProvider.builder(
                     MigrationPath.parse("s3://" + bucket + "/secure", dir)).s3(s3).build();
             Reader reader = files.getResource("20250101000000_a.up.sql").read()) {
            StringWriter text = new StringWriter();
            reader.transferTo(text);
            return text.toString();
        }
    }
}
