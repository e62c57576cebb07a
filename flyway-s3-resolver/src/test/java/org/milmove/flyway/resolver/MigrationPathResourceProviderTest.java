package org.milmove.flyway.resolver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.flywaydb.core.api.resource.LoadableResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationPathResourceProviderTest {
    private static final String[] SQL = {".up.sql"};

    @TempDir
    Path dir;

    @Test
    void servesTheDirectChildrenOfEveryFolderThatMatch() throws IOException {
        write("schema/20200101000000_a.up.sql", "SELECT 1;");
        write("schema/README.md", "not a migration");
        write("schema/nested/20200101000001_deep.up.sql", "SELECT 2;");
        write("secure/20200102000000_b.up.sql", "SELECT 3;");

        var provider = provider("schema;secure");

        assertThat(provider.getResources("", SQL)).extracting(LoadableResource::getFilename)
                .containsExactly("20200101000000_a.up.sql", "20200102000000_b.up.sql");
        LoadableResource b = provider.getResource("20200102000000_b.up.sql");
        assertThat(b.getRelativePath()).isEqualTo("20200102000000_b.up.sql");
        assertThat(b.getAbsolutePathOnDisk()).isEqualTo(dir.resolve("secure/20200102000000_b.up.sql").toString());
        try (Reader reader = b.read()) {
            StringWriter text = new StringWriter();
            reader.transferTo(text);
            assertThat(text).hasToString("SELECT 3;");
        }
        assertThat(provider.getResource("20200101000001_deep.up.sql")).isNull();
    }

    @Test
    void filesOverOneMebibyteRunStreamedAsFlywaysOwnFilesDo() throws IOException {
        write("schema/20200101000000_small.up.sql", "x".repeat(1 << 20));
        write("schema/20200101000001_large.up.sql", "x".repeat((1 << 20) + 1));

        var provider = provider("schema");

        assertThat(provider.getResource("20200101000000_small.up.sql").shouldStream()).isFalse();
        assertThat(provider.getResource("20200101000001_large.up.sql").shouldStream()).isTrue();
    }

    @Test
    void aNameInTwoEntriesIsAnErrorNamingBoth() throws IOException {
        write("schema/20200101000000_a.up.sql", "SELECT 1;");
        write("secure/20200101000000_a.up.sql", "SELECT 2;");

        assertThatThrownBy(() -> provider("schema;secure").getResources("", SQL))
                .isInstanceOf(MigrationPathException.class)
                .hasMessageContaining("20200101000000_a.up.sql is in two MIGRATION_PATH entries with different content")
                .hasMessageContaining("file://" + dir.resolve("schema"))
                .hasMessageContaining("file://" + dir.resolve("secure"));
    }

    @Test
    void aNameInTwoEntriesWithTheSameContentIsServedOnceFromTheFirst() throws IOException {
        write("schema/20200101000000_a.up.sql", "SELECT 1;\n");
        write("secure/20200101000000_a.up.sql", "SELECT 1;\n");
        write("secure/20200101000001_b.up.sql", "SELECT 1;\n");

        var provider = provider("schema;secure");

        assertThat(provider.getResources("", SQL)).extracting(LoadableResource::getAbsolutePath).containsExactly(
                dir.resolve("schema/20200101000000_a.up.sql").toString(), dir.resolve("secure/20200101000001_b.up.sql").toString());
    }

    @Test
    void contentThatDiffersOnlyAtTheEndIsDifferent() throws IOException {
        write("schema/20200101000000_a.up.sql", "SELECT 1;\n");
        write("secure/20200101000000_a.up.sql", "SELECT 1;\n\n");

        assertThatThrownBy(() -> provider("schema;secure").getResources("", SQL))
                .hasMessageContaining("with different content");
    }

    @Test
    void aMissingFolderIsNamed() throws IOException {
        Files.createDirectories(dir.resolve("schema"));

        assertThatThrownBy(() -> provider("schema;nope"))
                .isInstanceOf(MigrationPathException.class)
                .hasMessageContaining("nope")
                .hasMessageContaining("is not a folder that exists");
    }

    @Test
    void s3EntriesNeedAClient() throws IOException {
        Files.createDirectories(dir.resolve("schema"));

        assertThatThrownBy(() -> provider("schema;s3://bucket/secure"))
                .isInstanceOf(MigrationPathException.class)
                .hasMessageContaining("s3://bucket/secure needs an S3 client");
    }

    private MigrationPathResourceProvider provider(String migrationPath) {
        return new MigrationPathResourceProvider(MigrationPath.parse(migrationPath, dir));
    }

    private void write(String relative, String content) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }
}
