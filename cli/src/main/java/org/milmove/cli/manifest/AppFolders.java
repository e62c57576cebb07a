package org.milmove.cli.manifest;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The manifest and the two folders whose files it lists, as laid out in the repository. */
public final class AppFolders {
    @Mixin
    ManifestOption manifest;

    @Option(names = "--schema-dir", defaultValue = "migrations/app/schema",
            description = "Migrations that run in every environment (default: ${DEFAULT-VALUE}).")
    Path schemaDir;

    @Option(names = "--secure-dir", defaultValue = "migrations/app/secure",
            description = "Scrubbed local stand-ins of secure migrations (default: ${DEFAULT-VALUE}).")
    Path secureDir;

    public Path manifest() {
        return manifest.file();
    }

    public Path schemaDir() {
        return schemaDir;
    }

    public Path secureDir() {
        return secureDir;
    }

    /** Schema first, then secure. */
    public List<Path> folders() {
        return List.of(schemaDir, secureDir);
    }
}
