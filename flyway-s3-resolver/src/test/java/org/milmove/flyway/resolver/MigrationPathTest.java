package org.milmove.flyway.resolver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.milmove.flyway.resolver.MigrationLocation.LocalFolder;
import org.milmove.flyway.resolver.MigrationLocation.S3Prefix;

class MigrationPathTest {
    private static final Path BASE = Path.of("/work/project");

    @Test
    void parsesEveryEntryForm() {
        MigrationPath path = MigrationPath.parse(
                "file:///abs/schema;file://rel/secure;bare/dir;s3://bucket/secure-migrations/;s3://whole-bucket", BASE);

        assertThat(path.locations()).containsExactly(
                new LocalFolder(Path.of("/abs/schema")),
                new LocalFolder(Path.of("/work/project/rel/secure")),
                new LocalFolder(Path.of("/work/project/bare/dir")),
                new S3Prefix("bucket", "secure-migrations"),
                new S3Prefix("whole-bucket", ""));
        assertThat(path.describe()).containsExactly(
                "file:///abs/schema", "file:///work/project/rel/secure", "file:///work/project/bare/dir",
                "s3://bucket/secure-migrations", "s3://whole-bucket");
    }

    @Test
    void ignoresQuotesAndEmptyEntries() {
        MigrationPath path = MigrationPath.parse("\"'s3://b/p' ; ;file://a;; \"b\" ;\"", BASE);

        assertThat(path.locations()).containsExactly(
                new S3Prefix("b", "p"),
                new LocalFolder(Path.of("/work/project/a")),
                new LocalFolder(Path.of("/work/project/b")));
    }

    @Test
    void rejectsEmptyPathsUnknownSchemesAndBucketlessS3() {
        assertThatThrownBy(() -> MigrationPath.parse(" ; '' ", BASE))
                .isInstanceOf(MigrationPathException.class).hasMessageContaining("MIGRATION_PATH is empty");
        assertThatThrownBy(() -> MigrationPath.parse("migrations;classpath:db/migration", BASE))
                .isInstanceOf(MigrationPathException.class)
                .hasMessageContaining("\"classpath:db/migration\" is not supported");
        assertThatThrownBy(() -> MigrationPath.parse("s3:///prefix", BASE))
                .isInstanceOf(MigrationPathException.class).hasMessageContaining("names no bucket");
    }
}
