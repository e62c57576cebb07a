package org.milmove.cli.secure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.milmove.cli.CliResult;
import org.milmove.cli.MigrationProject;
import org.milmove.testsupport.FaultProxy;
import org.milmove.testsupport.FaultProxy.RequestHead;
import org.milmove.testsupport.S3TestServer;
import org.milmove.testsupport.WithS3;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/** secure-migration upload and download in-process with --yes, against a real S3-protocol server behind a recording proxy. */
@WithS3
class SecureMigrationCommandTest {
    private static final String NAME = "20250301000000_update_rates.up.sql";
    private static final String SQL = "UPDATE rates SET cents = 42;\n";

    private final S3TestServer server;
    private final S3Client s3;
    @TempDir
    Path dir;
    private FaultProxy proxy;
    private String exp;
    private String stg;
    private Path environmentsFile;
    private MigrationProject project;
    private Path production;

    SecureMigrationCommandTest(S3TestServer server) {
        this.server = server;
        this.s3 = server.client();
    }

    @BeforeEach
    void setUp() throws Exception {
        S3TestServer.useItsCredentials();
        proxy = FaultProxy.start(server.port()).recordRequests();
        exp = server.newBucket("exp-secure");
        stg = server.newBucket("stg-secure");
        environmentsFile = dir.resolve("environments.properties");
        Files.writeString(environmentsFile, """
                exp.secure-migrations=s3://%1$s/secure-migrations
                exp.region=%3$s
                exp.endpoint=%4$s

                stg.secure-migrations=s3://%2$s/secure-migrations
                stg.region=%3$s
                stg.endpoint=%4$s
                """.formatted(exp, stg, S3TestServer.REGION, proxy.endpoint()));
        project = new MigrationProject(dir).list(NAME);
        production = Files.writeString(dir.resolve(NAME), SQL);
    }

    @AfterEach
    void tearDown() {
        proxy.close();
        S3TestServer.forgetCredentials();
    }

    @Test
    void uploadsToEveryEnvironmentWithServerSideEncryption() throws Exception {
        CliResult result = upload(production.toString(), "--yes", "--keep-local");

        assertThat(result.exitCode()).as(result.all()).isZero();
        assertThat(result.out()).contains(
                "exp: uploaded to s3://" + exp + "/secure-migrations/" + NAME,
                "stg: uploaded to s3://" + stg + "/secure-migrations/" + NAME,
                "Kept " + production);
        assertThat(object(exp)).isEqualTo(SQL);
        assertThat(object(stg)).isEqualTo(SQL);
        List<RequestHead> puts = proxy.requests().stream().filter(r -> r.method().equals("PUT")).toList();
        assertThat(puts).extracting(RequestHead::path).containsExactly(
                "/" + exp + "/secure-migrations/" + NAME, "/" + stg + "/secure-migrations/" + NAME);
        assertThat(puts).allSatisfy(put -> assertThat(put.header("x-amz-server-side-encryption")).isEqualTo("AES256"));
        assertThat(production).exists();
    }

    @Test
    void uploadsOnlyToTheNamedEnvironmentsAndDeletesTheLocalFileWhenAsked() throws Exception {
        CliResult result = upload(production.toString(), "--environment", "stg", "--yes", "--delete-local");

        assertThat(result.exitCode()).as(result.all()).isZero();
        assertThat(object(stg)).isEqualTo(SQL);
        assertThat(exists(exp)).isFalse();
        assertThat(production).doesNotExist();
        assertThat(result.out()).contains("Deleted " + production);
    }

    @Test
    void blankUploadsAnEmptyObjectWithoutNeedingTheFile() throws Exception {
        Files.delete(production);

        CliResult result = upload(NAME, "--environment", "exp", "--environment", "stg", "--blank", "--yes");

        assertThat(result.exitCode()).as(result.all()).isZero();
        assertThat(object(exp)).isEmpty();
        assertThat(object(stg)).isEmpty();
        assertThat(result.out()).contains("exp: uploaded to s3://" + exp + "/secure-migrations/" + NAME + " (empty)");
    }

    @Test
    void aNameThatIsNotAnUpSqlMigrationUploadsNothing() throws Exception {
        Path sql = Files.writeString(dir.resolve("20250301000000_update_rates.sql"), SQL);

        assertNothingUploaded(upload(sql.toString(), "--yes"), "\"20250301000000_update_rates.sql\" is not a migration file name");
    }

    @Test
    void anUnknownEnvironmentUploadsNothing() {
        CliResult result = upload(production.toString(), "--environments", "stg prod", "--yes");

        assertNothingUploaded(result, "Unknown environment prod; " + environmentsFile + " defines exp, stg.");
        assertThat(result.err()).startsWith("milmove: warning: --environments is deprecated; use --environment"
                + System.lineSeparator());
    }

    @Test
    void aFileOver250MegabytesUploadsNothing() throws Exception {
        try (RandomAccessFile big = new RandomAccessFile(production.toFile(), "rw")) {
            big.setLength((250L << 20) + 1);
        }

        assertNothingUploaded(upload(production.toString(), "--yes"), "is 250 MB; a secure migration may be at most 250 MB");
    }

    @Test
    void aFileMissingFromTheManifestUploadsNothing() throws Exception {
        Path unlisted = Files.writeString(dir.resolve("20250302000000_unlisted.up.sql"), SQL);

        assertNothingUploaded(upload(unlisted.toString(), "--yes"),
                "20250302000000_unlisted.up.sql is not listed in " + project.manifest());
    }

    @Test
    void aMissingBucketIsAClearErrorNamingTheObject() {
        s3.deleteBucket(b -> b.bucket(stg));

        CliResult result = upload(production.toString(), "--yes", "--keep-local");

        assertThat(result.exitCode()).as(result.all()).isEqualTo(2);
        assertThat(result.err()).contains("upload failed for 1 of 2 environments",
                "stg: Bucket of s3://" + stg + "/secure-migrations/" + NAME + " does not exist").doesNotContain("\tat ", SQL);
        assertThat(result.out()).contains("exp: uploaded to");
    }

    @Test
    void downloadsFromEveryEnvironmentAndReportsTheOneWhereItIsMissing() throws Exception {
        s3.putObject(b -> b.bucket(exp).key("secure-migrations/" + NAME), RequestBody.fromString(SQL));
        Path output = dir.resolve("tmp/secure_migrations");

        CliResult result = CliResult.run(List.of("secure-migration", "download", NAME,
                "--environments-file", environmentsFile.toString(), "--output-dir", output.toString()));

        assertThat(result.exitCode()).as(result.all()).isEqualTo(1);
        assertThat(output.resolve("exp").resolve(NAME)).hasContent(SQL.strip());
        assertThat(output.resolve("stg").resolve(NAME)).doesNotExist();
        assertThat(result.err()).contains("stg: s3://" + stg + "/secure-migrations/" + NAME + " does not exist");
        assertThat(result.out()).contains("Files written:\n  " + output.resolve("exp").resolve(NAME),
                "They hold production data: delete them when you are done");
        assertThat(Files.getPosixFilePermissions(output.resolve("exp").resolve(NAME)))
                .extracting(Object::toString).containsExactlyInAnyOrder("OWNER_READ", "OWNER_WRITE");
    }

    private void assertNothingUploaded(CliResult result, String message) {
        assertThat(result.exitCode()).as(result.all()).isEqualTo(2);
        assertThat(result.err()).contains(message).doesNotContain("\tat ");
        assertThat(proxy.requests()).as("no request reached S3").isEmpty();
        assertThat(exists(exp)).isFalse();
        assertThat(exists(stg)).isFalse();
    }

    private CliResult upload(String file, String... more) {
        List<String> args = new ArrayList<>(List.of("secure-migration", "upload", file,
                "-m", project.manifest().toString(), "--environments-file", environmentsFile.toString()));
        args.addAll(List.of(more));
        return CliResult.run(args);
    }

    private String object(String bucket) {
        return s3.getObjectAsBytes(b -> b.bucket(bucket).key("secure-migrations/" + NAME)).asUtf8String();
    }

    private boolean exists(String bucket) {
        try {
            s3.headObject(b -> b.bucket(bucket).key("secure-migrations/" + NAME));
            return true;
        } catch (NoSuchKeyException e) {
            return false;
        }
    }
}
