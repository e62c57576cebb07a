package org.milmove.flyway.compat.sql;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;

/**
 * The splitter's stack of open blocks. The same block pushed again and again (every {@code DO NOTHING;} of a big
 * data file opens one that never closes) is counted, not stored, so that the stack stays small.
 */
final class BlockStack {
    /** A block: the token that closes it, and for messages the keyword, the token as written and its line. */
    record Block(byte[] token, String keyword, String written, int line) {
        String opener() {
            return keyword + " " + written;
        }
    }

    private static final class Run {
        final Block block;
        long count = 1;

        Run(Block block) {
            this.block = block;
        }
    }

    private final Deque<Run> runs = new ArrayDeque<>();

    boolean isEmpty() {
        return runs.isEmpty();
    }

    void push(Block block) {
        Run top = runs.peekLast();
        if (top != null && Arrays.equals(top.block.token(), block.token())) {
            top.count++;
        } else {
            runs.addLast(new Run(block));
        }
    }

    Block last() {
        return runs.getLast().block;
    }

    void pop() {
        if (--runs.getLast().count == 0) {
            runs.removeLast();
        }
    }
}
