package org.milmove.cli.review;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.milmove.cli.CliResult;
import org.milmove.cli.MigrationProject;
import org.milmove.testsupport.TestDatabase;

/**
 * A project whose first migration is {@code review/setup.sql} (existing tables with rows), and the dev database it
 * is migrated on; milmove runs in-process against both.
 */
record ReviewProject(Path root, MigrationProject files, TestDatabase dev) {
    static final Path RESOURCES = Path.of("src/test/resources/review");
    static final String SETUP = "20250101000000_setup.up.sql";

    static ReviewProject create(Path root, TestDatabase dev) {
        try {
            return new ReviewProject(root, new MigrationProject(root)
                    .listed("schema", SETUP, Files.readString(RESOURCES.resolve("setup.sql"))), dev);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ReviewProject listed(String folder, String name, String sql) {
        files.listed(folder, name, sql);
        return this;
    }

    Path file(String folder, String name) {
        return root.resolve(folder).resolve(name);
    }

    /**
     * milmove {@code command} with this project's manifest, migration path (unless {@code args} give one) and dev
     * database, then {@code args}.
     */
    CliResult run(String command, String... args) {
        List<String> all = new ArrayList<>(List.of(command, "--migration-manifest", files.manifest().toString(),
                "--db-host", dev.host(), "--db-port", String.valueOf(dev.port()), "--db-name", dev.name(),
                "--db-user", dev.user(), "--db-password", dev.password(), "--db-retry-max", "0"));
        if (!List.of(args).contains("--migration-path")) {
            all.addAll(List.of("--migration-path", files.migrationPath()));
        }
        all.addAll(List.of(args));
        return CliResult.run(all);
    }
}
