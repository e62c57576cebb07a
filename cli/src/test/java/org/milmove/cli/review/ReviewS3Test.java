package org.milmove.cli.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.milmove.cli.CliResult;
import org.milmove.testsupport.S3TestServer;
import org.milmove.testsupport.TestDatabase;
import org.milmove.testsupport.WithPostgres;
import org.milmove.testsupport.WithS3;
import software.amazon.awssdk.core.sync.RequestBody;

/** A secure migration read from S3 is reviewed like any other, and reported by its object, line and rule only. */
@WithPostgres
@WithS3
class ReviewS3Test {
    private static final String SECURE = "20250601120000_fix_rows.up.sql";
    @TempDir
    Path dir;

    @AfterEach
    void forgetCredentials() {
        S3TestServer.forgetCredentials();
    }

    @Test
    void aSecureMigrationFromS3IsReportedByObjectLineAndRule(TestDatabase db, S3TestServer s3) throws SQLException {
        db.emptyPublicSchema();
        ReviewProject project = ReviewProject.create(dir.resolve("project"), db);
        assertThat(project.run("migrate").exitCode()).isZero();
        List<String> devState = DevDatabaseState.of(db);
        S3TestServer.useItsCredentials();
        String bucket = s3.newBucket("review");
        try (var client = s3.client()) {
            client.putObject(b -> b.bucket(bucket).key("secure-migrations/" + SECURE),
                    RequestBody.fromString("UPDATE customers SET name = 'Real Person' WHERE email = 'c1@example.com';\n"
                            + "ALTER TABLE customers RENAME COLUMN phone TO private_phone;\n"));
        }
        project.files().list(SECURE);

        CliResult result = project.run("review", "--migration-path",
                "s3://" + bucket + "/secure-migrations;" + project.root().resolve("schema"),
                "--s3-endpoint", s3.endpoint().toString(), "--aws-region", S3TestServer.REGION);

        assertThat(result.exitCode()).as(result.all()).isEqualTo(1);
        assertThat(result.out()).contains("s3://" + bucket + "/secure-migrations/" + SECURE
                + ":2: error [rename-column] Column renamed (details withheld: secure migration)");
        assertThat(result.all()).doesNotContain("private_phone").doesNotContain("Real Person");
        assertThat(DevDatabaseState.of(db)).isEqualTo(devState);
    }
}
