package org.milmove.flyway.compat.sql;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** The statement MilMove's splitter is building, as UTF-8 bytes; it may keep only its first {@code limit} bytes. */
final class StatementText {
    /** Keeps every byte, up to the largest array a JVM allocates. */
    static final int WHOLE = Integer.MAX_VALUE - 8;
    /** Keeps enough to tell a COPY statement: at most six lines (one per token) of under 64 KiB each. */
    static final int ENOUGH_FOR_COPY = 8 * GoLine.GO_MAX_LINE;

    private final int limit;
    private byte[] bytes = new byte[1024];
    private int kept;
    private long length;

    StatementText(int limit) {
        this.limit = limit;
    }

    void append(int b) {
        if (kept < limit) {
            if (kept == bytes.length) {
                bytes = Arrays.copyOf(bytes, (int) Math.min((long) limit, 2L * kept));
            }
            bytes[kept++] = (byte) b;
        }
        length++;
    }

    void append(byte[] more) {
        for (byte b : more) {
            append(b & 0xFF);
        }
    }

    boolean isEmpty() {
        return length == 0;
    }

    /** Whether {@link #text()} is the whole statement. */
    boolean complete() {
        return kept == length;
    }

    String text() {
        return new String(bytes, 0, kept, StandardCharsets.UTF_8);
    }

    /** The first bytes, enough for the 26 characters of {@code CREATE OR REPLACE FUNCTION} in any encoding. */
    String head() {
        return new String(bytes, 0, Math.min(kept, 128), StandardCharsets.UTF_8);
    }

    void reset() {
        kept = 0;
        length = 0;
    }
}
