package org.milmove.flyway.resolver;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.milmove.flyway.resolver.MigrationLocation.LocalFolder;
import org.milmove.flyway.resolver.MigrationLocation.S3Prefix;

/**
 * Where migration files live, parsed from a {@code MIGRATION_PATH} value: a {@code ;}-separated list of
 * {@code file:///abs/dir}, {@code file://rel/dir}, {@code rel/dir} and {@code s3://bucket[/prefix]} entries.
 * Empty entries and quotes around the value or an entry are ignored.
 */
public record MigrationPath(List<MigrationLocation> locations) {

    public MigrationPath {
        locations = List.copyOf(locations);
    }

    /**
     * @param value   the {@code MIGRATION_PATH} value
     * @param baseDir what relative folders are relative to
     */
    public static MigrationPath parse(String value, Path baseDir) {
        List<MigrationLocation> locations = new ArrayList<>();
        for (String part : unquote(value).split(";")) {
            String entry = unquote(part);
            if (!entry.isEmpty()) {
                locations.add(location(entry, baseDir));
            }
        }
        if (locations.isEmpty()) {
            throw new MigrationPathException("MIGRATION_PATH is empty; give at least one folder or s3:// prefix,"
                    + " for example migrations/app/schema;migrations/app/secure");
        }
        return new MigrationPath(locations);
    }

    private static MigrationLocation location(String entry, Path baseDir) {
        if (entry.startsWith("s3://")) {
            return s3(entry);
        }
        String folder = entry.startsWith("file://") ? entry.substring("file://".length()) : entry;
        if (folder.isEmpty() || folder.matches("^[A-Za-z][A-Za-z0-9+.-]*:.*")) {
            throw new MigrationPathException("MIGRATION_PATH entry \"" + Quoted.cut(entry) + "\" is not supported;"
                    + " use file:///absolute/dir, file://relative/dir, relative/dir or s3://bucket/prefix");
        }
        return new LocalFolder(baseDir.resolve(folder).toAbsolutePath().normalize());
    }

    private static S3Prefix s3(String entry) {
        return S3Prefix.parse(entry).orElseThrow(() -> new MigrationPathException(
                "MIGRATION_PATH entry \"" + Quoted.cut(entry) + "\" names no bucket; use s3://bucket/prefix"));
    }

    private static String unquote(String s) {
        String t = s.strip();
        while (t.length() >= 2 && (t.charAt(0) == '"' || t.charAt(0) == '\'') && t.charAt(t.length() - 1) == t.charAt(0)) {
            t = t.substring(1, t.length() - 1).strip();
        }
        return t;
    }

    /** The entries as URLs, for messages ({@code file:///…}, {@code s3://…}). */
    public List<String> describe() {
        return locations.stream().map(MigrationLocation::toString).toList();
    }

    @Override
    public String toString() {
        return String.join(";", describe());
    }
}
