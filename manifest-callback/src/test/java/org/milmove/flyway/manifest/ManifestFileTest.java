package org.milmove.flyway.manifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
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
}
