package org.milmove.flyway.compat.sql;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * One COPY data row as MilMove sends it, written back in COPY's text format. MilMove splits the row on TAB, takes
 * {@code \N} for NULL and every other field as a literal string, which lib/pq escapes; so {@code n\a} is stored as
 * {@code n\a}, where server-side COPY would read {@code \a} as an escape and store {@code na}.
 */
final class CopyRow {
    private CopyRow() {
    }

    static String encode(String row) {
        return Arrays.stream(row.split("\t", -1))
                .map(field -> field.equals("\\N") ? field : escape(field))
                .collect(Collectors.joining("\t"));
    }

    /** lib/pq's {@code appendEscapedText}. */
    private static String escape(String field) {
        StringBuilder out = new StringBuilder(field.length() + 8);
        for (int k = 0; k < field.length(); k++) {
            char c = field.charAt(k);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
