package org.milmove.pricing.dump;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.milmove.pricing.dump.Catalog.Column;
import org.milmove.pricing.dump.Catalog.TableInfo;

/**
 * How MilMove's Go migrator ({@code pkg/migrate}) reads the lines a dump writes, where that differs from psql and
 * Flyway. It strips leading whitespace from every line (COPY data included) and drops lines naming
 * {@code pg_catalog.set_config('search_path'}; in COPY data it decodes no escape but a whole {@code \N} field, so a
 * backslash is stored as written; elsewhere it cuts lines at {@code --}, rewrites {@code ?} into {@code $1}, splits
 * at {@code ;} outside single quotes and opens a block at {@code DO}. A line longer than its scanner's buffer ends
 * its reading of the file without an error.
 */
final class MilMoveReading {
    /** Bytes before the line feed that Go's {@code bufio.Scanner} takes with its default 64 KiB buffer. */
    static final int MAX_LINE_BYTES = 64 * 1024 - 1;

    private static final byte[] SEARCH_PATH = "pg_catalog.set_config('search_path'".getBytes(StandardCharsets.US_ASCII);
    // What MilMove's COPY pattern takes, as quote_ident writes names that need no quotes.
    private static final Pattern UNQUOTED = Pattern.compile("[a-z0-9_]+");
    private static final Pattern UNQUOTED_TABLE = Pattern.compile("[a-z0-9_]+\\.[a-z0-9_]+");
    private static final Pattern DO_BLOCK = Pattern.compile("(^|\\s)DO(\\s|$)");

    private MilMoveReading() {
    }

    /**
     * True when MilMove stores the same values as server-side COPY for this COPY text row (with its line feed): it
     * has no backslash except in whole {@code \N} fields, does not start with whitespace (an empty first field
     * starts with the TAB after it) and does not name the search_path setting.
     */
    static boolean readsLikeCopy(byte[] row, int length) {
        if (length == 0 || isSpace(firstCodePoint(row, length))) {
            return false;
        }
        boolean quote = false;
        for (int i = 0; i < length; i++) {
            if (row[i] == '\\' && !isNullField(row, i, length)) {
                return false;
            }
            quote |= row[i] == '\'';
        }
        // The search_path text has a quote, so most rows need no search for it.
        return !quote || indexOf(row, length, SEARCH_PATH) < 0;
    }

    /**
     * Go's {@code unicode.IsSpace}, which is neither {@link Character#isWhitespace} (no-break spaces, U+0085) nor
     * {@link Character#isSpaceChar} (control characters).
     */
    static boolean isSpace(int codePoint) {
        if (codePoint <= 0xFF) {
            return codePoint == ' ' || (codePoint >= '\t' && codePoint <= '\r') || codePoint == 0x85 || codePoint == 0xA0;
        }
        return Character.isSpaceChar(codePoint);
    }

    /**
     * True when MilMove sends {@code text}, a name or type inside a statement, unchanged and within its statement:
     * no {@code --}, {@code ?}, quote, semicolon, control character, or {@code DO} word (which would open a block).
     */
    static boolean keepsInStatement(String text) {
        return !text.contains("--") && text.chars().noneMatch(c -> c == '?' || c == '\'' || c == ';' || Character.isISOControl(c))
                && !DO_BLOCK.matcher(text).find();
    }

    /**
     * Refuses a table whose COPY statement MilMove would not recognise: its pattern takes names without quotes only
     * and passes each column name on to be quoted again.
     */
    static void requireUnquotedNames(TableInfo table) {
        if (!UNQUOTED_TABLE.matcher(table.name().sql()).matches()) {
            throw new DumpException("Table " + table.name().sql() + " cannot be loaded by MilMove's migrator, which reads"
                    + " COPY statements only for names of lower-case letters, digits and _; rename the table or leave it out"
                    + " with --exclude");
        }
        for (Column column : table.columns()) {
            if (!UNQUOTED.matcher(column.name()).matches()) {
                throw new DumpException("Column " + column.name() + " of " + table.name().sql() + " cannot be loaded by"
                        + " MilMove's migrator, which reads COPY column lists only for names of lower-case letters, digits"
                        + " and _; rename the column or leave the table out with --exclude");
            }
        }
    }

    private static int firstCodePoint(byte[] row, int length) {
        return row[0] >= 0 ? row[0] : new String(row, 0, Math.min(length, 4), StandardCharsets.UTF_8).codePointAt(0);
    }

    private static boolean isNullField(byte[] row, int i, int length) {
        boolean starts = i == 0 || row[i - 1] == '\t';
        boolean ends = i + 2 == length || (i + 2 < length && (row[i + 2] == '\t' || row[i + 2] == '\n'));
        return starts && i + 1 < length && row[i + 1] == 'N' && ends;
    }

    private static int indexOf(byte[] row, int length, byte[] part) {
        outer:
        for (int i = 0; i + part.length <= length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (row[i + j] != part[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
