package org.milmove.flyway.manifest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * One line of manifest text: {@code raw} as it stands in the file (without the line break), {@code text} cleaned by
 * the manifest rules (UTF-8 byte order mark on the first line, surrounding whitespace and a trailing {@code \r}
 * removed). The one place those rules live.
 */
record ManifestLine(int number, String raw, String text) {
    private static final char BOM = '\uFEFF';

    static List<ManifestLine> split(String manifestText) {
        List<ManifestLine> lines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new StringReader(manifestText))) {
            String raw;
            while ((raw = reader.readLine()) != null) {
                lines.add(new ManifestLine(lines.size() + 1, raw, clean(lines.isEmpty(), raw)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }

    private static String clean(boolean first, String raw) {
        return (first && !raw.isEmpty() && raw.charAt(0) == BOM ? raw.substring(1) : raw).strip();
    }

    /** False for blank lines and {@code #} comments. */
    boolean listsFile() {
        return !text.isEmpty() && !text.startsWith("#");
    }

    boolean isComment() {
        return text.startsWith("#");
    }
}
