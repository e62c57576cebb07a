package org.milmove.flyway.manifest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The ordered list of migration file names that may run. Everything else found in the migration path is skipped.
 *
 * <p>Format: one file name per line; lines starting with {@code #} are comments; blank lines, surrounding
 * whitespace, a trailing {@code \r} and a UTF-8 byte order mark are ignored.
 */
public final class Manifest {
    private final String source;
    private final Map<String, ManifestEntry> entries;

    private Manifest(String source, Map<String, ManifestEntry> entries) {
        this.source = source;
        this.entries = entries;
    }

    /** Reads and checks a manifest file. */
    public static Manifest read(Path file) {
        return parse(file.toString(), readText(file));
    }

    /** The manifest's text; a missing file is a {@link ManifestException} that says how to pass another one. */
    static String readText(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new ManifestException("Manifest not found: " + file, List.of(file.toAbsolutePath().toString()),
                    "Pass the manifest with --migration-manifest (MIGRATION_MANIFEST).");
        } catch (IOException e) {
            throw new UncheckedIOException("could not read manifest " + file, e);
        }
    }

    /**
     * Parses manifest text. {@code source} names it in messages.
     *
     * @throws ManifestException naming every malformed or duplicate line
     */
    public static Manifest parse(String source, String text) {
        ManifestScan scan = ManifestScan.of(text);
        if (!scan.problems().isEmpty()) {
            List<String> problems = scan.problems().stream().map(ManifestScan.LineProblem::message).toList();
            throw new ManifestException("Manifest " + source + " has " + count(problems.size(), "problem") + ":",
                    problems, "Fix these lines in " + source + " and run again.");
        }
        return new Manifest(source, scan.entries());
    }

    static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** Where this manifest came from, as given to {@link #read} or {@link #parse}. */
    public String source() {
        return source;
    }

    /** The listed files in manifest order. */
    public List<ManifestEntry> entries() {
        return List.copyOf(entries.values());
    }

    /** The listed file names in manifest order. */
    public List<String> fileNames() {
        return List.copyOf(entries.keySet());
    }

    public boolean lists(String fileName) {
        return entries.containsKey(fileName);
    }

    public Optional<ManifestEntry> entry(String fileName) {
        return Optional.ofNullable(entries.get(fileName));
    }

    /**
     * Checks that no file is listed both here and in {@code other}, as manifests that share one Flyway history must:
     * a migration runs once.
     *
     * @throws ManifestException naming every such file with its line in both manifests
     */
    public void requireDisjoint(Manifest other) {
        List<String> both = other.entries().stream()
                .filter(entry -> lists(entry.fileName()))
                .map(entry -> Quoted.cut(entry.fileName()) + " (" + source + " line " + entries.get(entry.fileName()).line()
                        + ", " + other.source() + " line " + entry.line() + ")")
                .toList();
        if (!both.isEmpty()) {
            throw new ManifestException("Listed in both " + source + " and " + other.source() + ":", both,
                    "A migration runs once: remove it from one of them.");
        }
    }
}
