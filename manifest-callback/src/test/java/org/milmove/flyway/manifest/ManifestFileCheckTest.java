package org.milmove.flyway.manifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link ManifestFile#update} and {@link ManifestFile#check} against real folders. */
class ManifestFileCheckTest {
    private static final String HEADER = "# Migrations manifest\n#   keep this text as it is\n\n";
    @TempDir
    Path dir;
    private Path manifest;
    private Path schema;
    private Path secure;

    @BeforeEach
    void folders() throws Exception {
        schema = Files.createDirectories(dir.resolve("schema"));
        secure = Files.createDirectories(dir.resolve("secure"));
        manifest = dir.resolve("migrations_manifest.txt");
        Files.createFile(schema.resolve("20250101000000_a.up.sql"));
        Files.createFile(schema.resolve("20250103000000_c.up.sql"));
        Files.createFile(secure.resolve("20250102000000_b.up.sql"));
    }

    @Test
    void aCompleteSortedManifestHasNoProblems() throws Exception {
        Files.writeString(manifest, HEADER + "20250101000000_a.up.sql\n20250102000000_b.up.sql\n\n20250103000000_c.up.sql\n");

        assertThat(check()).isEmpty();
    }

    @Test
    void namesEveryProblemWithItsLineNumber() throws Exception {
        Files.createFile(schema.resolve("20250104000000_d.up.sql"));
        Files.createFile(schema.resolve("20250105000000_e.up.fizz"));
        Files.createFile(schema.resolve("20250106000000_f.down.sql"));
        Files.createFile(schema.resolve("README.md"));
        Files.createFile(secure.resolve("20250101000000_a.up.sql"));
        Files.writeString(manifest, HEADER
                + "20250102000000_b.up.sql\n"          // line 4
                + "20250101000000_a.up.sql\n"          // 5: before the line above
                + "20250102000000_b.up.sql\n"          // 6: twice
                + "20250109000000_gone.up.sql\n"       // 7: no such file
                + "not a name\n");                     // 8

        assertThat(check()).containsExactly(
                "line 5: 20250101000000_a.up.sql is out of order: it sorts before 20250102000000_b.up.sql on line 4",
                "line 6: 20250102000000_b.up.sql is listed twice (also on line 4)",
                "line 7: 20250109000000_gone.up.sql is listed but is not in " + schema + " or " + secure,
                "line 8: \"not a name\" is not a migration file name; expected <timestamp>_<name>.up.sql or .up.fizz",
                schema.resolve("20250103000000_c.up.sql") + " is not listed",
                schema.resolve("20250104000000_d.up.sql") + " is not listed",
                schema.resolve("20250105000000_e.up.fizz") + " is not listed",
                "20250101000000_a.up.sql is in more than one folder: " + schema.resolve("20250101000000_a.up.sql")
                        + ", " + secure.resolve("20250101000000_a.up.sql"),
                schema.resolve("20250106000000_f.down.sql") + " is not a migration file name and can never run;"
                        + " expected <timestamp>_<name>.up.sql or .up.fizz");
    }

    @Test
    void updateKeepsTheHeaderSortsAndReportsTheChanges() throws Exception {
        Files.writeString(manifest, HEADER + "20250103000000_c.up.sql\n20250109000000_gone.up.sql\n# about c\n"
                + "20250101000000_a.up.sql\n20250103000000_c.up.sql\n");

        ManifestUpdate update = update();

        assertThat(update).isEqualTo(new ManifestUpdate(List.of("20250102000000_b.up.sql"),
                List.of("20250109000000_gone.up.sql"), List.of("# about c"), 3, true));
        assertThat(Files.readString(manifest)).isEqualTo(HEADER
                + "20250101000000_a.up.sql\n20250102000000_b.up.sql\n20250103000000_c.up.sql\n");
        assertThat(check()).isEmpty();
        assertThat(Manifest.read(manifest).entries()).hasSize(3);
    }

    @Test
    void updateIsIdempotent() throws Exception {
        Files.writeString(manifest, HEADER);
        update();
        String once = Files.readString(manifest);

        ManifestUpdate again = update();

        assertThat(again).isEqualTo(new ManifestUpdate(List.of(), List.of(), List.of(), 3, false));
        assertThat(Files.readString(manifest)).isEqualTo(once);
        assertThat(dir).isDirectoryNotContaining("glob:**.partial");
    }

    @Test
    void updateKeepsByteOrderMarkAndCrlf() throws Exception {
        Files.write(manifest, "\uFEFF# header\r\n20250103000000_c.up.sql\r\n".getBytes(StandardCharsets.UTF_8));

        update();

        assertThat(Files.readString(manifest)).isEqualTo("\uFEFF# header\r\n20250101000000_a.up.sql\r\n"
                + "20250102000000_b.up.sql\r\n20250103000000_c.up.sql\r\n");
    }

    @Test
    void aMissingFolderOrManifestIsAnError() throws Exception {
        assertThatThrownBy(this::check).isInstanceOf(ManifestException.class).hasMessageContaining("Manifest not found");
        Files.writeString(manifest, HEADER);
        assertThatThrownBy(() -> ManifestFile.check(manifest, List.of(dir.resolve("nope"))))
                .isInstanceOf(ManifestException.class).hasMessageContaining("Migration folder not found: " + dir.resolve("nope"));
    }

    private List<String> check() {
        return ManifestFile.check(manifest, List.of(schema, secure));
    }

    private ManifestUpdate update() {
        return ManifestFile.update(manifest, List.of(schema, secure));
    }
}
