package org.milmove.flyway.compat.sql;

/**
 * What MilMove's Go migrator does to each line before splitting ({@code ReadInSQLLine} and the reading loop of
 * {@code Exec}): cut at the first {@code --}, except inside what it takes for COPY data; drop a line that sets the
 * search_path; strip leading white space. It takes for COPY data the lines after one that matches
 * {@link CopyStdin} up to one that is exactly {@code \.}.
 */
final class ExecLines {
    private static final String RAW_MARKER = "-- POP RAW MIGRATION --";
    private static final String SEARCH_PATH = "pg_catalog.set_config('search_path'";

    private final boolean copyOnFirstLine;
    private boolean first = true;
    private boolean insideCopy;

    /**
     * @param copyOnFirstLine whether a COPY on line 1 starts COPY data; Go reads line 1 apart and never checks it,
     *                        which only changes where {@code --} is cut
     */
    ExecLines(boolean copyOnFirstLine) {
        this.copyOnFirstLine = copyOnFirstLine;
    }

    /** The first line of a file that MilMove runs as written, in one statement, without its first line. */
    static boolean isRawMarker(String firstLine) {
        return firstLine.startsWith(RAW_MARKER);
    }

    /** Whether a line, with its comment cut, is one MilMove drops: pg_dump's {@code set_config('search_path', …)}. */
    static boolean setsSearchPath(String line) {
        return cutComment(line).contains(SEARCH_PATH);
    }

    /** Whether the next line is COPY data to MilMove's line reader. */
    boolean insideCopy() {
        return insideCopy;
    }

    /** The line as MilMove passes it on; empty when it is dropped. */
    String next(String line) {
        String processed = readInSqlLine(line, !insideCopy);
        if (insideCopy) {
            insideCopy = !processed.equals("\\.");
        } else if (!first || copyOnFirstLine) {
            insideCopy = CopyStdin.matches(processed);
        }
        first = false;
        return processed;
    }

    private static String readInSqlLine(String line, boolean dropComments) {
        String kept = dropComments ? cutComment(line) : line;
        return kept.contains(SEARCH_PATH) ? "" : GoText.trimLeftSpace(kept);
    }

    private static String cutComment(String line) {
        int comment = line.indexOf("--");
        return comment < 0 ? line : line.substring(0, comment);
    }
}
