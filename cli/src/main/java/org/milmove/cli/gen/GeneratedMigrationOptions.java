package org.milmove.cli.gen;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The options of a gen command that writes a secure migration's statements itself: its name and where it goes. */
public final class GeneratedMigrationOptions {
    @Option(names = {"-n", "--name"},
            description = "What the migration does, in snake case: letters, digits, _ and - (default: the command's, above).")
    String name;

    @Mixin
    SecureMigrationOptions migration;

    /** Checks the name ({@code defaultName} unless --name gives one), the version and both paths; writes nothing. */
    SecureMigrationFiles check(String defaultName) {
        return migration.check(name != null ? name : defaultName);
    }
}
