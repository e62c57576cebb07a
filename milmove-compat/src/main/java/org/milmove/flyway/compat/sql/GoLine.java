package org.milmove.flyway.compat.sql;

/**
 * One line of a migration file as Go's {@code bufio.Scanner} returns it: without its {@code \n} and one {@code \r}
 * before it.
 *
 * @param number 1-based line number in the file
 * @param bytes  the line's length in UTF-8 bytes as the scanner buffers it, the dropped {@code \r} included
 */
record GoLine(int number, String text, long bytes) {
    /**
     * {@code bufio.MaxScanTokenSize}. The scanner's buffer grows up to this size and must hold the line with its
     * {@code \n}, so a line of 65,536 bytes or more ends the scan with {@code ErrTooLong}. A last line without
     * {@code \n} too: a file reports its end only on the read after the buffer is full.
     */
    static final int GO_MAX_LINE = 64 * 1024;

    /** Go stops reading the file here, silently: MilMove's {@code Exec} never checks {@code scanner.Err()}. */
    boolean tooLongForGo() {
        return bytes >= GO_MAX_LINE;
    }
}
