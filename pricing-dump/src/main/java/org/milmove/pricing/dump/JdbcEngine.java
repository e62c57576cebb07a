package org.milmove.pricing.dump;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.milmove.pricing.dump.Catalog.TableInfo;
import org.milmove.pricing.dump.Handoff.Chunk;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyOut;

/**
 * Reads the tables with {@code COPY (SELECT ... ORDER BY <primary key>) TO STDOUT} on one or more reader connections
 * that join the dump's snapshot, and writes their rows in table order, then primary key order, whatever the number of
 * readers: the bytes are the same with one or many. With several readers, big tables are split into {@link KeyRanges}.
 */
final class JdbcEngine {
    static final long PROGRESS_EVERY = 100_000;
    private static final long CHUNK_BYTES = 1 << 16;
    /** What rows read ahead of the writer may take in memory, at most (plus a chunk for the part being written). */
    private static final long HELD_BYTES = 32L << 20;
    /** A byte array's header and length, counted with each row. */
    private static final int ROW_OVERHEAD = 24;

    /** Opens a reader's connection; the engine sets its transaction and snapshot. */
    @FunctionalInterface
    interface Connections {
        Connection open() throws SQLException;
    }

    /** What one reader reads in one query: a table, or the rows of a key range of it. */
    private record Part(int table, String condition, boolean first, boolean last) {
    }

    private JdbcEngine() {
    }

    /**
     * @param connection   the dump's connection, in the snapshot the counts were taken in
     * @param readers      opens the readers' connections
     * @param rowsPerRange about how many rows make a key range, when there are several readers
     */
    static void write(Connection connection, Connections readers, int jobs, long rowsPerRange, List<TableInfo> tables,
            List<TableCount> expected, CopyWriter w, DumpProgress progress) throws SQLException, IOException {
        List<Part> parts = parts(connection, tables, expected, jobs, rowsPerRange);
        String snapshot = PricingDump.exportSnapshot(connection);
        Handoff handoff = new Handoff(parts.size(), HELD_BYTES);
        AtomicInteger next = new AtomicInteger();
        List<Connection> open = new CopyOnWriteArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < Math.min(jobs, parts.size()); i++) {
            Thread t = new Thread(() -> read(() -> join(readers, snapshot, open), parts, tables, next, handoff),
                    "pricing dump reader " + (i + 1));
            t.setDaemon(true);
            threads.add(t);
            t.start();
        }
        try {
            writeParts(parts, tables, expected, handoff, w, progress);
        } catch (RuntimeException | IOException e) {
            // Stop every reader now, also one still waiting for its query's first row.
            handoff.fail(new DumpException("stopped"));
            open.forEach(JdbcEngine::abort);
            throw e;
        } finally {
            joinAll(threads);
        }
    }

    private static List<Part> parts(Connection c, List<TableInfo> tables, List<TableCount> expected, int jobs,
            long rowsPerRange) throws SQLException {
        List<Part> parts = new ArrayList<>();
        for (int i = 0; i < tables.size(); i++) {
            List<String> conditions = jobs > 1 ? KeyRanges.of(c, tables.get(i), expected.get(i).rows(), rowsPerRange)
                    : List.of("true");
            for (int r = 0; r < conditions.size(); r++) {
                parts.add(new Part(i, conditions.get(r), r == 0, r == conditions.size() - 1));
            }
        }
        return parts;
    }

    private static void settings(Statement s) throws SQLException {
        // Primary-key order makes the bytes deterministic; a sequential scan sorted in memory gives it faster than a
        // primary-key index scan, and reads a key range faster than a bitmap scan, which visits nearly every block of
        // a table keyed by random uuids (see the README's benchmarks). LOCAL: only for this dump's transaction.
        s.execute("SET LOCAL work_mem = '256MB'");
        s.execute("SET LOCAL enable_indexscan = off");
        s.execute("SET LOCAL enable_bitmapscan = off");
    }

    private static Connection join(Connections readers, String snapshot, List<Connection> open) throws SQLException {
        Connection c = readers.open();
        open.add(c);
        c.setAutoCommit(false);
        c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        c.setReadOnly(true);
        try (Statement s = c.createStatement()) {
            s.execute("SET TRANSACTION SNAPSHOT '" + snapshot.replace("'", "''") + "'");
            settings(s);
        }
        return c;
    }

    /** A reader: takes the next part until none is left or the dump stops. */
    private static void read(Connections connections, List<Part> parts, List<TableInfo> tables,
            AtomicInteger next, Handoff handoff) {
        Connection c = null;
        int p = -1;
        try {
            c = connections.open();
            while (!handoff.stopped() && (p = next.getAndIncrement()) < parts.size()) {
                if (!read(c, parts.get(p), p, tables, handoff)) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            handoff.fail(new DumpException("interrupted while reading the data"));
        } catch (SQLException | RuntimeException e) {
            handoff.fail(new DumpException(p < 0 || p >= parts.size()
                    ? "Could not open a connection to read the data: " + e.getMessage()
                    : "Could not read " + tables.get(parts.get(p).table()).name().sql() + ": " + e.getMessage(), e));
        } finally {
            if (c != null) {
                close(c);
            }
        }
    }

    private static boolean read(Connection c, Part part, int p, List<TableInfo> tables, Handoff handoff)
            throws SQLException, InterruptedException {
        CopyOut out = c.unwrap(PGConnection.class).getCopyAPI()
                .copyOut("COPY (" + tables.get(part.table()).orderedSelect(part.condition()) + ") TO STDOUT");
        List<byte[]> rows = new ArrayList<>();
        long bytes = 0;
        byte[] row;
        while ((row = out.readFromCopy()) != null) {
            rows.add(row);
            bytes += row.length + ROW_OVERHEAD;
            if (bytes >= CHUNK_BYTES) {
                if (!handoff.put(p, new Chunk(rows, bytes))) {
                    return false;
                }
                rows = new ArrayList<>();
                bytes = 0;
            }
        }
        if (!rows.isEmpty() && !handoff.put(p, new Chunk(rows, bytes))) {
            return false;
        }
        handoff.finish(p);
        return true;
    }

    private static void writeParts(List<Part> parts, List<TableInfo> tables, List<TableCount> expected,
            Handoff handoff, CopyWriter w, DumpProgress progress) throws IOException {
        for (int p = 0; p < parts.size(); p++) {
            Part part = parts.get(p);
            TableCount count = expected.get(part.table());
            if (part.first()) {
                Header.tableComment(w, count);
                w.beginTable(tables.get(part.table()));
            }
            Chunk chunk;
            while ((chunk = take(handoff, p)) != null) {
                for (byte[] row : chunk.rows()) {
                    w.row(row, row.length);
                    if (w.tableRows() % PROGRESS_EVERY == 0) {
                        progress.rows(count.table(), w.tableRows(), count.rows());
                    }
                }
            }
            if (part.last()) {
                checkCount(count, w.endTable(), "COPY");
                progress.rows(count.table(), count.rows(), count.rows());
            }
        }
    }

    private static Chunk take(Handoff handoff, int part) {
        try {
            return handoff.take(part);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DumpException("interrupted while writing the dump", e);
        }
    }

    static void checkCount(TableCount expected, long written, String reader) {
        if (written != expected.rows()) {
            throw new DumpException(reader + " returned " + written + " rows of " + expected.table().sql() + " where "
                    + expected.rows() + " were counted in the same snapshot; the dump is incomplete");
        }
    }

    private static void abort(Connection c) {
        try {
            c.abort(Runnable::run);
        } catch (SQLException | RuntimeException ignored) {
            // The dump has failed already; that failure is the one to report.
        }
    }

    private static void close(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // Read only: nothing is lost with a connection that does not close cleanly.
        }
    }

    private static void joinAll(List<Thread> threads) {
        boolean interrupted = false;
        for (Thread t : threads) {
            while (t.isAlive()) {
                try {
                    t.join();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
