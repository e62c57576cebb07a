package org.milmove.cli.gen;

import java.nio.file.Files;
import java.nio.file.Path;
import org.milmove.cli.UserException;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** A new secure migration: the options of any new migration plus where its production file goes. */
public final class SecureMigrationOptions {
    @Mixin
    NewMigrationOptions migration;

    @Option(names = "--output-dir", defaultValue = "tmp",
            description = "Where the production file goes; never commit it (default: ${DEFAULT-VALUE}).")
    Path outputDir;

    /** Checks {@code name}, the version and both paths; nothing is written yet. */
    public SecureMigrationFiles check(String name) {
        NewMigration checked = migration.check(name);
        Path production = outputDir.resolve(checked.fileName());
        if (Files.exists(production)) {
            throw new UserException(production + " already exists; upload or delete it first. Nothing was written.");
        }
        return new SecureMigrationFiles(checked, production);
    }
}
