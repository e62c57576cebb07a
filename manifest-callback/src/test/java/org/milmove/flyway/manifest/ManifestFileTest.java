package org.milmove.flyway.manifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestFileTest {
    @TempDir
    Path dir;

    @Test
    void appendsAfterTheHeaderAndExistingLines() throws Exception {
        Path manifest = dir.resolve("m.txt");
        Files.writeString(manifest, "# header\n# more header\n20250101000000_a.up.sql\n");

        ManifestFile.append(manifest, "20250102000000_b.up.sql");

        assertThat(Files.readString(manifest))
                .isEqualTo("# header\n# more header\n20250101000000_a.up.sql\n20250102000000_b.up.sql" + System.lineSeparator());
        assertThat(Manifest.read(manifest).entries()).extracting(ManifestEntry::fileName)
                .containsExactly("20250101000000_a.up.sql", "20250102000000_b.up.sql");
    }

    @Test
    void startsANewLineWhenTheLastOneHasNoLineBreak() throws Exception {
        Path manifest = dir.resolve("m.txt");
        Files.writeString(manifest, "# header\n20250101000000_a.up.sql");

        ManifestFile.append(manifest, "20250102000000_b.up.sql");

        assertThat(Manifest.read(manifest).entries()).extracting(ManifestEntry::fileName)
                .containsExactly("20250101000000_a.up.sql", "20250102000000_b.up.sql");
    }

    @Test
    void refusesADuplicateAndLeavesTheFileAlone() throws Exception {
        Path manifest = dir.resolve("m.txt");
        Files.writeString(manifest, "# header\n20250101000000_a.up.sql\n");

        assertThatThrownBy(() -> ManifestFile.append(manifest, "20250101000000_a.up.sql"))
                .isInstanceOf(ManifestException.class)
                .hasMessageContaining("already listed on line 2");
        assertThat(Files.readString(manifest)).isEqualTo("# header\n20250101000000_a.up.sql\n");
    }

    @Test
    void refusesInvalidNames() throws Exception {
        Path manifest = dir.resolve("m.txt");
        Files.writeString(manifest, "# header\n");

        assertThatThrownBy(() -> ManifestFile.append(manifest, "pricing.sql"))
                .isInstanceOf(ManifestException.class).hasMessageContaining("not a migration file name");
        assertThatThrownBy(() -> ManifestFile.append(manifest, "20250101000000_a.up.fizz"))
                .isInstanceOf(ManifestException.class).hasMessageContaining("not a migration file name");
        assertThatThrownBy(() -> ManifestFile.append(manifest, "20250101000000_a.up.sql\n20250101000001_b.up.sql"))
                .isInstanceOf(ManifestException.class);
        assertThat(Files.readString(manifest)).isEqualTo("# header\n");
    }

    @Test
    void aMissingManifestIsAnError() {
        assertThatThrownBy(() -> ManifestFile.append(dir.resolve("none.txt"), "20250101000000_a.up.sql"))
                .isInstanceOf(ManifestException.class).hasMessageContaining("Manifest not found");
    }

    @Test
    void aReaderOfTheManifestSeesItWholeBeforeOrAfterAnAppendNeverInBetween() throws Exception {
        Path manifest = dir.resolve("m.txt");
        Files.writeString(manifest, "# header\n20250101000000_a.up.sql\n");

        try (InputStream reader = Files.newInputStream(manifest)) {
            ManifestFile.append(manifest, "20250102000000_b.up.sql");

            assertThat(new String(reader.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("# header\n20250101000000_a.up.sql\n");
        }
        assertThat(Manifest.read(manifest).lists("20250102000000_b.up.sql")).isTrue();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(manifest);
        }
    }

    @Test
    void appendAndUpdateKeepTheManifestsPermissionsAndItsSymbolicLink() throws Exception {
        Path schema = Files.createDirectory(dir.resolve("schema"));
        Files.writeString(schema.resolve("20250101000000_a.up.sql"), "");
        Path real = Files.writeString(Files.createDirectory(dir.resolve("shared")).resolve("m.txt"), "# header\n");
        Files.setPosixFilePermissions(real, PosixFilePermissions.fromString("rw-r-----"));
        Path manifest = Files.createSymbolicLink(dir.resolve("m.txt"), real);

        ManifestFile.append(manifest, "20250102000000_b.up.sql");
        ManifestFile.update(manifest, List.of(schema));

        assertThat(manifest).isSymbolicLink();
        assertThat(Files.readString(real)).isEqualTo("# header\n20250101000000_a.up.sql\n");
        assertThat(Files.getPosixFilePermissions(real)).isEqualTo(PosixFilePermissions.fromString("rw-r-----"));
    }
}
