package org.milmove.cli.gen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.milmove.cli.CliResult;
import org.milmove.cli.DiskFault;
import org.milmove.cli.MilmoveProcess;

/** The gen commands as a process on a real full or read-only disk: a failed command leaves nothing half-written. */
class GenFaultsJarIT {
    private static final String EXISTING = "20250101000000_create_things.up.sql";
    private static final String NEW = "20991231235959_add_things.up.sql";

    @TempDir
    Path dir;
    private Path schema;
    private Path secure;
    private Path output;
    private Path manifest;

    @BeforeAll
    static void faultsCanBeMade() {
        assumeTrue(DiskFault.available(), "unshare cannot mount a tmpfs in a user namespace on this machine");
    }

    @BeforeEach
    void project() throws Exception {
        schema = Files.createDirectories(dir.resolve("schema"));
        secure = Files.createDirectories(dir.resolve("secure"));
        output = dir.resolve("tmp");
        manifest = Files.createDirectories(dir.resolve("manifest")).resolve("migrations_manifest.txt");
        Files.writeString(schema.resolve(EXISTING), "CREATE TABLE things (name text);\n");
        Files.writeString(manifest, "# manifest\n" + EXISTING + "\n");
    }

    @Test
    void aReadOnlyManifestLeavesNoUnlistedMigrationBehind() throws Exception {
        byte[] before = Files.readAllBytes(manifest);

        CliResult result = gen(DiskFault.READ_ONLY, manifest.getParent(), "migration", "add_things");

        assertThat(result.exitCode()).as(result.all()).isEqualTo(2);
        assertThat(result.err()).contains("Could not write manifest " + manifest + ":", "Read-only file system",
                "It is unchanged.").doesNotContain("\tat ");
        assertThat(names(schema)).containsExactly(EXISTING);
        assertThat(Files.readAllBytes(manifest)).isEqualTo(before);
    }

    @Test
    void aFullDiskLeavesNoEmptyMigrationFile() throws Exception {
        byte[] before = Files.readAllBytes(manifest);

        CliResult result = gen(DiskFault.FULL, schema, "migration", "add_things");

        assertThat(result.exitCode()).as(result.all()).isEqualTo(2);
        assertThat(result.err()).contains("Cannot write " + schema.resolve(NEW) + ": no space left on device."
                + " Nothing was written;").doesNotContain("\tat ");
        assertThat(names(schema)).containsExactly(EXISTING);
        assertThat(Files.readAllBytes(manifest)).isEqualTo(before);
    }

    @Test
    void aManifestWriteThatFillsTheDiskLeavesNoHalfLine() throws Exception {
        // The manifest ends 10 bytes short of a block: appending in place would write "2099123123" and stop.
        String header = "# " + "x".repeat(4096 - 10 - EXISTING.length() - 4) + "\n";
        Files.writeString(manifest, header + EXISTING + "\n");
        byte[] before = Files.readAllBytes(manifest);
        assertThat(before).hasSize(4096 - 10);

        CliResult result = gen(DiskFault.FULL, manifest.getParent(), "migration", "add_things");

        assertThat(result.exitCode()).as(result.all()).isEqualTo(2);
        assertThat(result.err()).contains("Could not write manifest " + manifest + ":", "No space left on device");
        assertThat(Files.readAllBytes(manifest)).isEqualTo(before);
        assertThat(names(schema)).containsExactly(EXISTING);
    }

    @Test
    void aSecureMigrationThatCannotBeListedRemovesBothFiles() throws Exception {
        CliResult result = gen(DiskFault.READ_ONLY, manifest.getParent(), "secure-migration", "add_things");

        assertThat(result.exitCode()).as(result.all()).isEqualTo(2);
        assertThat(result.err()).contains("Could not write manifest " + manifest + ":");
        assertThat(names(output)).isEmpty();
        assertThat(names(secure)).isEmpty();
    }

    @Test
    void aSecureMigrationOnAFullDiskLeavesNeitherFile() throws Exception {
        CliResult result = gen(DiskFault.FULL, secure, "secure-migration", "add_things");

        assertThat(result.exitCode()).as(result.all()).isEqualTo(2);
        assertThat(result.err()).contains("Cannot write " + secure.resolve(NEW) + ": no space left on device.");
        assertThat(names(output)).isEmpty();
        assertThat(names(secure)).isEmpty();
        assertThat(Files.readString(manifest, StandardCharsets.UTF_8)).doesNotContain(NEW);
    }

    private CliResult gen(DiskFault fault, Path folder, String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of("gen"));
        all.addAll(List.of(args));
        all.addAll(List.of("--version", "20991231235959", "-m", manifest.toString(),
                "--schema-dir", schema.toString(), "--secure-dir", secure.toString()));
        if (args[0].equals("secure-migration")) {
            all.addAll(List.of("--output-dir", output.toString()));
        }
        return new MilmoveProcess(dir, Map.of()).with(fault, folder).run(all.toArray(String[]::new));
    }

    /** The files in a folder, hidden ones (a leftover temporary file) included. */
    private static List<String> names(Path folder) throws Exception {
        if (!Files.exists(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}
