package org.milmove.cli.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.milmove.cli.CliResult;

class ManifestCommandsTest {
    private static final Path APP = Path.of("..", "migrations", "app").toAbsolutePath().normalize();
    private static final String HEADER = "# Migrations manifest\n# one file name per line\n";
    @TempDir
    Path dir;
    private Path schema;
    private Path secure;
    private Path manifest;

    @BeforeEach
    void project() throws Exception {
        schema = Files.createDirectories(dir.resolve("schema"));
        secure = Files.createDirectories(dir.resolve("secure"));
        manifest = dir.resolve("migrations_manifest.txt");
        Files.writeString(schema.resolve("20250101000000_create_things.up.sql"), "CREATE TABLE things (name text);");
        Files.writeString(manifest, HEADER + "20250101000000_create_things.up.sql\n");
    }

    @Test
    void generateEditCheckThenAnUnlistedFileIsNamedAndUpdateFixesIt() throws Exception {
        assertThat(run("gen", "migration", "add_color", "--version", "20250201000000").exitCode()).isZero();
        assertThat(run("gen", "secure-migration", "secret_colors", "--version", "20250202000000",
                "--output-dir", dir.resolve("tmp").toString()).exitCode()).isZero();
        Files.writeString(schema.resolve("20250201000000_add_color.up.sql"), "ALTER TABLE things ADD color text;\n",
                StandardOpenOption.APPEND);

        CliResult ok = run("manifest", "check");
        assertThat(ok.exitCode()).as(ok.all()).isZero();
        assertThat(ok.out()).isEqualTo("OK: " + manifest + " lists all 3 migration files of " + schema + " and " + secure
                + ", sorted, once each." + System.lineSeparator());

        Files.writeString(schema.resolve("20250301000000_by_hand.up.sql"), "SELECT 1;");
        CliResult unlisted = run("manifest", "check");
        assertThat(unlisted.exitCode()).isEqualTo(2);
        assertThat(unlisted.err()).contains("Manifest " + manifest + " does not match " + schema + " and " + secure + ": 1 problem:")
                .contains("  " + schema.resolve("20250301000000_by_hand.up.sql") + " is not listed")
                .contains("Run bin/milmove manifest update").doesNotContain("\tat ");

        CliResult update = run("manifest", "update");
        assertThat(update.exitCode()).as(update.all()).isZero();
        assertThat(update.out()).contains("Updated " + manifest + ": 1 added, 0 removed, 4 listed.")
                .contains("  + 20250301000000_by_hand.up.sql");
        assertThat(Files.readString(manifest)).isEqualTo(HEADER + "20250101000000_create_things.up.sql\n"
                + "20250201000000_add_color.up.sql\n20250202000000_secret_colors.up.sql\n20250301000000_by_hand.up.sql\n");
        assertThat(run("manifest", "check").exitCode()).isZero();

        CliResult again = run("manifest", "update");
        assertThat(again.out()).contains(manifest + " is up to date: 4 migration files");
    }

    @Test
    void checkReportsDuplicatesOutOfOrderAndMissingWithLineNumbers() throws Exception {
        Files.writeString(secure.resolve("20250102000000_b.up.sql"), "");
        Files.writeString(manifest, HEADER
                + "20250102000000_b.up.sql\n"
                + "20250101000000_create_things.up.sql\n"
                + "20250102000000_b.up.sql\n"
                + "20250103000000_gone.up.sql\n");

        CliResult result = run("manifest", "check");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains(": 3 problems:")
                .contains("  line 4: 20250101000000_create_things.up.sql is out of order: it sorts before 20250102000000_b.up.sql on line 3")
                .contains("  line 5: 20250102000000_b.up.sql is listed twice (also on line 3)")
                .contains("  line 6: 20250103000000_gone.up.sql is listed but is not in " + schema + " or " + secure);

        CliResult update = run("manifest", "update");
        assertThat(update.out()).contains("0 added, 1 removed, 2 listed.").contains("  - 20250103000000_gone.up.sql");
        assertThat(run("manifest", "check").exitCode()).isZero();
    }

    @Test
    void aMissingManifestIsAUsageError() {
        CliResult result = CliResult.run(List.of("manifest", "check", "-m", dir.resolve("none.txt").toString(),
                "--schema-dir", schema.toString(), "--secure-dir", secure.toString()));

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("Manifest not found: " + dir.resolve("none.txt"));
    }

    @Test
    void theRepositorysOwnManifestPassesTheCheck() {
        CliResult result = CliResult.run(List.of("manifest", "check", "-m", APP.resolve("migrations_manifest.txt").toString(),
                "--schema-dir", APP.resolve("schema").toString(), "--secure-dir", APP.resolve("secure").toString()));

        assertThat(result.exitCode()).as(result.all()).isZero();
        assertThat(result.out()).startsWith("OK: ");
    }

    private CliResult run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("-m", manifest.toString(), "--schema-dir", schema.toString(), "--secure-dir", secure.toString()));
        return CliResult.run(all);
    }
}
