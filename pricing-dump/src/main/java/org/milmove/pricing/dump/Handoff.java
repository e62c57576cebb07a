package org.milmove.pricing.dump;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * Rows on their way from the readers to the writer, part by part. The writer takes the parts in order; readers of
 * later parts hold their rows here meanwhile, in memory only (the rows are sensitive: never spilled to disk), up to
 * {@code limit} bytes: beyond it a reader waits, unless the writer is waiting for that reader's rows.
 */
final class Handoff {
    /** Rows read together: each a row in COPY text format with its line feed. */
    record Chunk(List<byte[]> rows, long bytes) {
    }

    private final List<ArrayDeque<Chunk>> queues = new ArrayList<>();
    private final boolean[] done;
    private final long limit;
    private int head;
    private long held;
    private RuntimeException failure;

    Handoff(int parts, long limit) {
        for (int i = 0; i < parts; i++) {
            queues.add(new ArrayDeque<>());
        }
        this.done = new boolean[parts];
        this.limit = limit;
    }

    /** Hands over rows of {@code part}; false when the dump has stopped and the reader should too. */
    synchronized boolean put(int part, Chunk chunk) throws InterruptedException {
        while (failure == null && held + chunk.bytes() > limit && !(part == head && queues.get(part).isEmpty())) {
            wait();
        }
        if (failure != null) {
            return false;
        }
        queues.get(part).add(chunk);
        held += chunk.bytes();
        notifyAll();
        return true;
    }

    synchronized void finish(int part) {
        done[part] = true;
        notifyAll();
    }

    /** The next rows of {@code part}, the head part, or null once it has none left; throws the dump's failure. */
    synchronized Chunk take(int part) throws InterruptedException {
        while (failure == null && queues.get(part).isEmpty() && !done[part]) {
            wait();
        }
        if (failure != null) {
            throw failure;
        }
        Chunk chunk = queues.get(part).poll();
        if (chunk == null) {
            head = part + 1;
        } else {
            held -= chunk.bytes();
        }
        notifyAll();
        return chunk;
    }

    /** Stops the dump; the first failure is the one the writer reports. */
    synchronized void fail(RuntimeException e) {
        if (failure == null) {
            failure = e;
        }
        notifyAll();
    }

    synchronized boolean stopped() {
        return failure != null;
    }
}
