package org.milmove.flyway.manifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestTest {

    @Test
    void keepsListedNamesInOrderWithTheirLineNumbers() {
        Manifest manifest = Manifest.parse("m.txt", """
                # This is the migrations manifest.
                20200101000000_first.up.sql

                  20190101000000_older_but_listed_later.up.sql  \s
                # 20200505000000_commented_out.up.sql
                """);

        assertThat(manifest.entries()).containsExactly(
                new ManifestEntry("20200101000000_first.up.sql", 2),
                new ManifestEntry("20190101000000_older_but_listed_later.up.sql", 4));
        assertThat(manifest.lists("20200505000000_commented_out.up.sql")).isFalse();
    }

    @Test
    void readsCrlfAndByteOrderMark(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("manifest.txt");
        Files.write(file, "\uFEFF20200101000000_a.up.sql\r\n# comment\r\n20200102000000_b.up.sql\r\n"
                .getBytes(StandardCharsets.UTF_8));

        Manifest manifest = Manifest.read(file);

        assertThat(manifest.entries()).extracting(ManifestEntry::fileName)
                .containsExactly("20200101000000_a.up.sql", "20200102000000_b.up.sql");
    }

    @Test
    void reportsEveryDuplicateAndMalformedLineWithItsNumber() {
        assertThatThrownBy(() -> Manifest.parse("m.txt", """
                20200101000000_a.up.sql
                20200102000000_b.up.sql
                not a migration.sql
                20200101000000_a.up.sql
                20200103000000_c.down.sql
                """))
                .isInstanceOf(ManifestException.class)
                .hasMessageContaining("Manifest m.txt has 3 problems")
                .satisfies(e -> assertThat(((ManifestException) e).problems()).containsExactly(
                        "line 3: \"not a migration.sql\" is not a migration file name; expected <timestamp>_<name>.up.sql or .up.fizz",
                        "line 4: 20200101000000_a.up.sql is listed twice (also on line 1)",
                        "line 5: 20200103000000_c.down.sql is a down migration; only up migrations run (fixes are new"
                                + " migrations): remove the line"));
    }

    @Test
    void listsFizzMigrationsAndPopStyleNames() {
        Manifest manifest = Manifest.parse("m.txt", """
                20180103215841_create_issues.up.fizz
                20181220182247_add-office-users-#162792520.up.sql
                """);

        assertThat(manifest.entries()).extracting(ManifestEntry::fileName).containsExactly(
                "20180103215841_create_issues.up.fizz", "20181220182247_add-office-users-#162792520.up.sql");
    }

    @Test
    void namesAMissingManifestFile(@TempDir Path dir) {
        assertThatThrownBy(() -> Manifest.read(dir.resolve("nope.txt")))
                .isInstanceOf(ManifestException.class)
                .hasMessageContaining("Manifest not found")
                .hasMessageContaining("nope.txt");
    }
}
