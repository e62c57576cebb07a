package org.milmove.flyway.compat.sql;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;

/**
 * MilMove's splitter {@code Buffer}: the processed lines, each with {@code \n}, as UTF-8 bytes at absolute positions,
 * read as its {@code Index} and {@code Range} do. Only a window is held: the splitter never looks more than two bytes
 * back.
 */
final class SplitterInput {
    /** Go's {@code ErrWait}: the byte may still come; the splitter retries the step once more input is here. */
    static final class NeedInput extends RuntimeException {
        static final NeedInput INSTANCE = new NeedInput();

        private NeedInput() {
            super(null, null, false, false);
        }
    }

    private record LineStart(long position, int number) {
    }

    private byte[] bytes = new byte[16 * 1024];
    private long base;
    private int size;
    private boolean closed;
    private final Deque<LineStart> lines = new ArrayDeque<>();

    void append(String line, int number) {
        byte[] added = (line + "\n").getBytes(StandardCharsets.UTF_8);
        if (size + added.length > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + added.length));
        }
        lines.addLast(new LineStart(base + size, number));
        System.arraycopy(added, 0, bytes, size, added.length);
        size += added.length;
    }

    void close() {
        closed = true;
    }

    long length() {
        return base + size;
    }

    /** {@code Index}: the byte at {@code i}, or -1 past the end of a closed buffer. */
    int index(long i) {
        if (i >= length()) {
            return endOrWait(-1);
        }
        return bytes[(int) (i - base)] & 0xFF;
    }

    /** {@code Range}: bytes {@code [start, end)}, or null (Go's EOF) when {@code end >= length}, even when equal. */
    byte[] range(long start, long end) {
        if (end >= length()) {
            return endOrWait(null);
        }
        return Arrays.copyOfRange(bytes, (int) (start - base), (int) (end - base));
    }

    private <T> T endOrWait(T end) {
        if (!closed) {
            throw NeedInput.INSTANCE;
        }
        return end;
    }

    /** The file line that holds position {@code i}. */
    int lineAt(long i) {
        int number = lines.getFirst().number();
        for (LineStart line : lines) {
            if (line.position() > i) {
                break;
            }
            number = line.number();
        }
        return number;
    }

    /** Lets go of the bytes before {@code position}. */
    void forget(long position) {
        while (lines.size() > 1 && secondLineStart() <= position) {
            lines.removeFirst();
        }
        int drop = (int) (Math.min(position, length()) - base);
        if (drop > 64 * 1024 && drop > size / 2) {
            System.arraycopy(bytes, drop, bytes, 0, size - drop);
            size -= drop;
            base += drop;
        }
    }

    private long secondLineStart() {
        var it = lines.iterator();
        it.next();
        return it.next().position();
    }
}
