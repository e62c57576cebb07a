package org.milmove.flyway.manifest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/** Writes to a manifest file; the header and every existing line are kept as they are. */
public final class ManifestFile {
    private ManifestFile() {
    }

    /**
     * Adds {@code fileName} as the last line of {@code manifest}.
     *
     * @throws ManifestException if the name is not a SQL migration file name, is already listed, or the manifest
     *                           itself has problems (nothing is written then)
     */
    public static void append(Path manifest, String fileName) {
        if (!MigrationName.isValid(fileName) || MigrationName.isFizz(fileName)) {
            throw new ManifestException("Cannot add \"" + fileName + "\" to " + manifest + ":",
                    List.of("not a migration file name; expected <timestamp>_<name>" + MigrationName.SUFFIX),
                    "Use a name such as 20250101120000_add_pricing.up.sql.");
        }
        Manifest existing = Manifest.read(manifest);
        existing.entry(fileName).ifPresent(entry -> {
            throw new ManifestException("Cannot add " + fileName + " to " + manifest + ":",
                    List.of("it is already listed on line " + entry.line()),
                    "Choose another name (a new timestamp) or leave the manifest as it is.");
        });
        try {
            String text = Files.readString(manifest, StandardCharsets.UTF_8);
            String separator = text.isEmpty() || text.endsWith("\n") ? "" : System.lineSeparator();
            Files.writeString(manifest, separator + fileName + System.lineSeparator(), StandardCharsets.UTF_8,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("could not append to manifest " + manifest, e);
        }
    }
}
