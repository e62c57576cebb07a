package org.milmove.cli.manifest;

import java.nio.file.Path;
import org.milmove.flyway.manifest.Manifest;
import picocli.CommandLine.Option;

/** The {@code -m/--migration-manifest} option of every command that reads or changes the manifest. */
public final class ManifestOption {
    @Option(names = {"-m", "--migration-manifest"},
            defaultValue = "${env:MIGRATION_MANIFEST:-migrations/app/migrations_manifest.txt}",
            description = "The manifest: the migration files that may run [MIGRATION_MANIFEST] (default: ${DEFAULT-VALUE}).")
    Path file;

    public Path file() {
        return file;
    }

    public Manifest read() {
        return Manifest.read(file);
    }
}
