package org.milmove.cli.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
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
import org.milmove.testsupport.TestDatabase;
import org.milmove.testsupport.WithPostgres;

/** 'gen pricing-migration' as a process on a real full or read-only disk: all three writes happen, or none. */
@WithPostgres
class PricingMigrationFaultsJarIT {
    private final TestDatabase db;
    @TempDir
    Path dir;
    private Path manifest;
    private byte[] manifestBefore;

    PricingMigrationFaultsJarIT(TestDatabase db) {
        this.db = db;
    }

    @BeforeAll
    static void pricingData(TestDatabase db) throws Exception {
        assumeTrue(DiskFault.available(), "unshare cannot mount a tmpfs in a user namespace on this machine");
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute("""
                    CREATE TABLE re_contracts (id integer PRIMARY KEY, code text NOT NULL);
                    INSERT INTO re_contracts VALUES (1, 'FAULTS');
                    CREATE TABLE re_prices (id integer PRIMARY KEY, contract_id integer REFERENCES re_contracts, label text);
                    INSERT INTO re_prices SELECT i, 1, repeat('price ', 10) || i FROM generate_series(1, 20000) i""");
        }
    }

    @BeforeEach
    void project() throws Exception {
        Files.createDirectories(dir.resolve("schema"));
        Files.createDirectories(dir.resolve("secure"));
        manifest = Files.createDirectories(dir.resolve("manifest")).resolve("migrations_manifest.txt");
        Files.writeString(manifest, "# manifest\n");
        manifestBefore = Files.readAllBytes(manifest);
    }

    @Test
    void aManifestThatCannotBeWrittenTakesTheProductionFileAndTheStandInWithIt() throws Exception {
        CliResult result = gen(DiskFault.READ_ONLY, manifest.getParent());

        assertThat(result.exitCode()).as(result.all()).isEqualTo(2);
        assertThat(result.err()).contains("Could not write manifest " + manifest + ":", "Read-only file system");
        assertThat(names(dir.resolve("tmp"))).isEmpty();
        assertThat(names(dir.resolve("secure"))).isEmpty();
    }

    @Test
    void aDumpThatFillsTheDiskLeavesNoHalfDump() throws Exception {
        Path output = Files.createDirectories(dir.resolve("tmp"));

        CliResult result = gen(DiskFault.FULL, output);

        assertThat(result.exitCode()).as(result.all()).isEqualTo(2);
        assertThat(result.err()).contains("Cannot write " + output.resolve("20991231235959_pricing_data_faults.up.sql")
                + ": no space left on device. Nothing was written;").doesNotContain("\tat ");
        assertThat(names(output)).isEmpty();
        assertThat(names(dir.resolve("secure"))).isEmpty();
        assertThat(Files.readAllBytes(manifest)).isEqualTo(manifestBefore);
    }

    private CliResult gen(DiskFault fault, Path folder) throws Exception {
        Map<String, String> env = Map.of("DB_HOST", db.host(), "DB_PORT", String.valueOf(db.port()), "DB_NAME", db.name(),
                "DB_USER", db.user(), "DB_PASSWORD", db.password() == null ? "" : db.password());
        return new MilmoveProcess(dir, env).with(fault, folder).run("gen", "pricing-migration", "--contract-code", "FAULTS",
                "--engine", "jdbc", "--version", "20991231235959", "-m", manifest.toString(),
                "--schema-dir", dir.resolve("schema").toString(), "--secure-dir", dir.resolve("secure").toString(),
                "--output-dir", dir.resolve("tmp").toString());
    }

    private static List<String> names(Path folder) throws Exception {
        if (!Files.exists(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}
