package org.milmove.pricing.dump;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/** Splits a byte stream into lines (each with its line feed) without decoding it. */
final class LineReader {
    private final InputStream in;
    private final byte[] chunk = new byte[1 << 16];
    private int chunkStart;
    private int chunkEnd;
    private byte[] line = new byte[1 << 12];

    LineReader(InputStream in) {
        this.in = in;
    }

    /** Reads the next line into {@link #line()}; returns its length, or -1 at the end of the stream. */
    int next() throws IOException {
        int length = 0;
        while (true) {
            if (chunkStart == chunkEnd && !fill()) {
                return length == 0 ? -1 : length;
            }
            int end = chunkStart;
            while (end < chunkEnd && chunk[end] != '\n') {
                end++;
            }
            boolean complete = end < chunkEnd;
            int take = (complete ? end + 1 : end) - chunkStart;
            if (length + take > line.length) {
                line = Arrays.copyOf(line, Math.max(line.length * 2, length + take));
            }
            System.arraycopy(chunk, chunkStart, line, length, take);
            length += take;
            chunkStart += take;
            if (complete) {
                return length;
            }
        }
    }

    byte[] line() {
        return line;
    }

    private boolean fill() throws IOException {
        int n = in.read(chunk);
        chunkStart = 0;
        chunkEnd = Math.max(n, 0);
        return n > 0;
    }
}
