package org.milmove.flyway.compat.sql;

/**
 * One COPY data row as MilMove sends it, written back in COPY's text format. MilMove splits the row on TAB, takes
 * {@code \N} for NULL and every other field as a literal string, which lib/pq escapes; so {@code n\a} is stored as
 * {@code n\a}, where server-side COPY would read {@code \a} as an escape and store {@code na}.
 */
final class CopyRow {
    private CopyRow() {
    }

    static String encode(String row) {
        StringBuilder out = new StringBuilder(row.length() + 16);
        int start = 0;
        while (true) {
            int end = row.indexOf('\t', start);
            String field = row.substring(start, end < 0 ? row.length() : end);
            if (field.equals("\\N")) {
                out.append(field);
            } else {
                escape(field, out);
            }
            if (end < 0) {
                return out.toString();
            }
            out.append('\t');
            start = end + 1;
        }
    }

    /** lib/pq's {@code appendEscapedText}; a TAB cannot occur, the row is split on it. */
    private static void escape(String field, StringBuilder out) {
        for (int k = 0; k < field.length(); k++) {
            char c = field.charAt(k);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
    }
}
