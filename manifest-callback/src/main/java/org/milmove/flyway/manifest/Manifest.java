package org.milmove.flyway.manifest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
    private static final char BOM = '\uFEFF';

    private final String source;
    private final Map<String, ManifestEntry> entries;

    private Manifest(String source, Map<String, ManifestEntry> entries) {
        this.source = source;
        this.entries = entries;
    }

    /** Reads and checks a manifest file. */
    public static Manifest read(Path file) {
        try {
            return parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
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
        Map<String, ManifestEntry> entries = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        int lineNumber = 0;
        for (String raw : lines(text)) {
            lineNumber++;
            String line = (lineNumber == 1 && !raw.isEmpty() && raw.charAt(0) == BOM ? raw.substring(1) : raw).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            ManifestEntry earlier = entries.get(line);
            if (earlier != null) {
                problems.add("line " + lineNumber + ": " + line + " is listed twice (also on line " + earlier.line() + ")");
            } else if (MigrationName.isFizz(line) && MigrationName.isValid(line)) {
                problems.add("line " + lineNumber + ": " + line + " is a Buffalo fizz migration, which is not supported;"
                        + " rewrite it as SQL in a file named " + line.replace(MigrationName.FIZZ_SUFFIX, MigrationName.SUFFIX));
            } else if (!MigrationName.isValid(line)) {
                problems.add("line " + lineNumber + ": \"" + line + "\" is not a migration file name;"
                        + " expected <timestamp>_<name>" + MigrationName.SUFFIX);
            } else {
                entries.put(line, new ManifestEntry(line, lineNumber));
            }
        }
        if (!problems.isEmpty()) {
            throw new ManifestException("Manifest " + source + " has " + count(problems.size(), "problem") + ":",
                    problems, "Fix these lines in " + source + " and run again.");
        }
        return new Manifest(source, entries);
    }

    private static List<String> lines(String text) {
        try (BufferedReader reader = new BufferedReader(new StringReader(text))) {
            return reader.lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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

    public boolean lists(String fileName) {
        return entries.containsKey(fileName);
    }

    public Optional<ManifestEntry> entry(String fileName) {
        return Optional.ofNullable(entries.get(fileName));
    }
}
