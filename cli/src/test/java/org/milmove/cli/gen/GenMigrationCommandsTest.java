package org.milmove.cli.gen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.milmove.cli.CliResult;

class GenMigrationCommandsTest {
    private static final String MANIFEST = "# header\n20250101000000_create_things.up.sql\n20250102000000_secure_things.up.sql\n";
    @TempDir
    Path dir;
    private Path schema;
    private Path secure;
    private Path tmp;
    private Path manifest;

    @BeforeEach
    void project() throws Exception {
        schema = Files.createDirectories(dir.resolve("schema"));
        secure = Files.createDirectories(dir.resolve("secure"));
        tmp = dir.resolve("tmp");
        manifest = dir.resolve("migrations_manifest.txt");
        Files.writeString(schema.resolve("20250101000000_create_things.up.sql"), "CREATE TABLE things (name text);");
        Files.writeString(secure.resolve("20250102000000_secure_things.up.sql"), "");
        Files.writeString(manifest, MANIFEST);
    }

    @Test
    void migrationWritesTheSchemaFileWithItsHeaderAndListsIt() throws Exception {
        CliResult result = run("gen", "migration", "add_things-index", "--version", "20250601120000");

        Path file = schema.resolve("20250601120000_add_things-index.up.sql");
        assertThat(result.exitCode()).as(result.all()).isZero();
        assertThat(result.out()).isEqualTo("Created " + file + " and listed it in " + manifest + "." + System.lineSeparator()
                + "Once it is written, check it against the team's rules: bin/milmove review " + file + System.lineSeparator());
        assertThat(Files.readString(file)).startsWith("-- 20250601120000_add_things-index.up.sql: a schema migration.")
                .contains("runs in every environment").contains("COMMENT ON COLUMN");
        assertThat(Files.readString(manifest)).isEqualTo(MANIFEST + "20250601120000_add_things-index.up.sql" + System.lineSeparator());
    }

    @Test
    void theOldNameOptionStillWorksWithADeprecationNote() throws Exception {
        CliResult result = run("gen", "migration", "-n", "add_index", "--version", "20250601120000");

        assertThat(result.exitCode()).as(result.all()).isZero();
        assertThat(result.err()).isEqualTo("milmove: warning: -n/--name is deprecated; use the name as an argument:"
                + " bin/milmove gen migration add_index" + System.lineSeparator());
        assertThat(schema.resolve("20250601120000_add_index.up.sql")).exists();
    }

    @Test
    void migrationTakesTheVersionFromTheUtcClock() throws Exception {
        CliResult result = run("gen", "migration", "add_index");

        assertThat(result.exitCode()).as(result.all()).isZero();
        assertThat(result.err()).isEmpty();
        assertThat(Files.list(schema).map(f -> f.getFileName().toString()))
                .anyMatch(name -> name.matches("20\\d{12}_add_index\\.up\\.sql"));
    }

    @Test
    void migrationRefusesABadNameAnExistingVersionOrNameAndWritesNothing() throws Exception {
        assertRefused(run("gen", "migration"), "Missing the migration's name: bin/milmove gen migration NAME");
        assertRefused(run("gen", "migration", "add things"), "\"add things\" is not a usable migration name: use snake case");
        assertRefused(run("gen", "migration", "add_things;drop"), "not a usable migration name");
        assertRefused(run("gen", "migration", "other", "--version", "20250102000000"),
                "A migration with version 20250102000000 already exists: " + secure.resolve("20250102000000_secure_things.up.sql"));
        assertRefused(run("gen", "migration", "create_things", "--version", "20250701000000"),
                "A migration with name create_things already exists: " + schema.resolve("20250101000000_create_things.up.sql"));
        assertRefused(run("gen", "migration", "other", "--version", "2025"), "Version 2025 is not a UTC timestamp YYYYMMDDHHMMSS");
        assertRefused(CliResult.run(List.of("gen", "migration", "other", "-m", manifest.toString(),
                "--schema-dir", dir.resolve("nope").toString(), "--secure-dir", secure.toString())),
                "Migration folder not found: " + dir.resolve("nope"));
    }

    @Test
    void migrationRefusesANameAlreadyListedWithoutAFile() throws Exception {
        Files.writeString(manifest, MANIFEST + "20250801000000_planned.up.sql\n");

        CliResult result = run("gen", "migration", "planned", "--version", "20250801000000");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("20250801000000_planned.up.sql is already listed in " + manifest + " on line 4");
        assertThat(schema).isDirectoryNotContaining("glob:**planned*");
    }

    @Test
    void secureMigrationWritesBothFilesWithTheirHeadersAndListsTheName() throws Exception {
        CliResult result = run("gen", "secure-migration", "update_office_users", "--version", "20250601120000");

        String name = "20250601120000_update_office_users.up.sql";
        assertThat(result.exitCode()).as(result.all()).isZero();
        assertThat(Files.readString(tmp.resolve(name))).startsWith("-- " + name + ": production migration")
                .contains("distributed to the deployed environments through their S3 secure-migrations buckets")
                .contains("Never commit this file");
        assertThat(Files.readString(secure.resolve(name))).startsWith("-- " + name + ": local test migration")
                .contains("runs on dev").contains("Mirror the production change").contains("no sensitive data");
        assertThat(schema).isDirectoryNotContaining("glob:**update_office_users*");
        assertThat(Files.readString(manifest)).isEqualTo(MANIFEST + name + System.lineSeparator());
        assertThat(result.out())
                .contains("Created the production file " + tmp.resolve(name) + " (never commit it)")
                .contains("its local stand-in " + secure.resolve(name) + ", listed in " + manifest)
                .contains("  1. Write the production change in " + tmp.resolve(name))
                .contains("  2. Write the same change with fake data in " + secure.resolve(name))
                .contains("  3. Upload it to the deployed environments: bin/milmove secure-migration upload " + tmp.resolve(name))
                .contains("  4. Verify it against the local deployed-migrations database").contains("bin/milmove migrate --environment <env>")
                .contains("  5. Commit " + secure.resolve(name) + " and " + manifest).contains("open a pull request");
    }

    @Test
    void secureMigrationsProductionFileIsReadableByItsOwnerOnlyAndItsStandInAsUsual() throws Exception {
        Path usual = Files.createFile(dir.resolve("made-by-the-umask"));

        CliResult result = run("gen", "secure-migration", "update_office_users", "--version", "20250601120000");

        assertThat(result.exitCode()).as(result.all()).isZero();
        assertThat(Files.getPosixFilePermissions(tmp.resolve("20250601120000_update_office_users.up.sql")))
                .isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.getPosixFilePermissions(secure.resolve("20250601120000_update_office_users.up.sql")))
                .isEqualTo(Files.getPosixFilePermissions(usual));
    }

    @Test
    void secureMigrationRefusesAnExistingNameOrProductionFileAndWritesNothing() throws Exception {
        assertRefused(run("gen", "secure-migration", "secure_things"),
                "A migration with name secure_things already exists: " + secure.resolve("20250102000000_secure_things.up.sql"));
        assertThat(tmp).doesNotExist();

        Files.createDirectories(tmp);
        Files.writeString(tmp.resolve("20250601120000_new_users.up.sql"), "real data");
        assertRefused(run("gen", "secure-migration", "new_users", "--version", "20250601120000"),
                tmp.resolve("20250601120000_new_users.up.sql") + " already exists");
        assertThat(Files.readString(tmp.resolve("20250601120000_new_users.up.sql"))).isEqualTo("real data");
    }

    private static final String NOTHING_WRITTEN = "Nothing was written; make sure its folder can be written and has"
            + " space, then run again.";

    @Test
    void aMigrationThatCannotBeWrittenIsOneLineWithExitCodeTwo() throws Exception {
        // Longer than any file system's file names, so the write fails even for root.
        String name = "n".repeat(250);
        Path file = schema.resolve("20250601120000_" + name + ".up.sql");

        CliResult result = run("gen", "migration", name, "--version", "20250601120000");

        assertThat(result.exitCode()).as(result.all()).isEqualTo(2);
        assertThat(result.err()).isEqualTo("milmove: Cannot write " + file + ": file name too long. " + NOTHING_WRITTEN
                + System.lineSeparator());
        assertThat(Files.readString(manifest)).isEqualTo(MANIFEST);
    }

    @Test
    void aMigrationInAReadOnlyFolderIsOneLineWithExitCodeTwo() throws Exception {
        assumeFalse("root".equals(System.getProperty("user.name")), "root writes into any folder");
        Files.setPosixFilePermissions(schema, PosixFilePermissions.fromString("r-x------"));
        try {
            CliResult result = run("gen", "migration", "add_index", "--version", "20250601120000");

            assertThat(result.exitCode()).as(result.all()).isEqualTo(2);
            assertThat(result.err()).isEqualTo("milmove: Cannot write " + schema.resolve("20250601120000_add_index.up.sql")
                    + ": permission denied. " + NOTHING_WRITTEN + System.lineSeparator());
        } finally {
            Files.setPosixFilePermissions(schema, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void aSecureMigrationWhoseOutputFolderCannotBeMadeIsOneLineWithExitCodeTwo() throws Exception {
        Path file = Files.writeString(dir.resolve("a-file"), "");
        tmp = file.resolve("tmp");

        CliResult result = run("gen", "secure-migration", "update_users", "--version", "20250601120000");

        assertThat(result.exitCode()).as(result.all()).isEqualTo(2);
        assertThat(result.err()).isEqualTo("milmove: Cannot write " + tmp.resolve("20250601120000_update_users.up.sql")
                + ": not a directory. " + NOTHING_WRITTEN + System.lineSeparator());
        assertThat(Files.readString(manifest)).isEqualTo(MANIFEST);
    }

    private void assertRefused(CliResult result, String message) throws Exception {
        assertThat(result.exitCode()).as(result.all()).isEqualTo(2);
        assertThat(result.err()).contains(message).doesNotContain("\tat ");
        assertThat(Files.readString(manifest)).isEqualTo(MANIFEST);
        assertThat(Files.list(schema)).hasSize(1);
        assertThat(Files.list(secure)).hasSize(1);
    }

    private CliResult run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("-m", manifest.toString(), "--schema-dir", schema.toString(), "--secure-dir", secure.toString()));
        if (args[1].equals("secure-migration")) {
            all.addAll(List.of("--output-dir", tmp.toString()));
        }
        return CliResult.run(all);
    }
}
