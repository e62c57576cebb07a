package org.milmove.flyway.compat.sql;

import java.io.IOException;
import java.io.Reader;

/**
 * Splits text into lines as Go's {@code bufio.ScanLines} does: at {@code \n} only (a lone {@code \r} stays in the
 * line), one {@code \r} before the {@code \n} dropped, no empty line after a final {@code \n}. Holds one line at a
 * time.
 */
final class GoLines {
    private final Reader in;
    private final char[] buffer = new char[8192];
    private final StringBuilder line = new StringBuilder();
    private int position;
    private int limit;
    private int number;

    GoLines(Reader in) {
        this.in = in;
    }

    /** The next line, or null at the end of the text. */
    GoLine next() throws IOException {
        line.setLength(0);
        boolean seen = false;
        while (true) {
            if (position == limit && !fill()) {
                return seen ? line() : null;
            }
            seen = true;
            int start = position;
            while (position < limit && buffer[position] != '\n') {
                position++;
            }
            line.append(buffer, start, position - start);
            if (position < limit) {
                position++; // the '\n'
                return line();
            }
        }
    }

    void close() throws IOException {
        in.close();
    }

    private boolean fill() throws IOException {
        int n;
        do {
            n = in.read(buffer, 0, buffer.length);
        } while (n == 0);
        position = 0;
        limit = Math.max(n, 0);
        return n > 0;
    }

    private GoLine line() {
        long bytes = utf8Length(line);
        int end = line.length();
        if (end > 0 && line.charAt(end - 1) == '\r') {
            end--;
        }
        return new GoLine(++number, line.substring(0, end), bytes);
    }

    private static long utf8Length(CharSequence s) {
        long bytes = 0;
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            bytes += c < 0x80 ? 1 : c < 0x800 || Character.isSurrogate(c) ? 2 : 3; // a surrogate pair is 4 bytes
        }
        return bytes;
    }
}
