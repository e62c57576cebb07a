package org.milmove.pricing.importer;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/** Rows for one table, sent with COPY in chunks: far faster than row-by-row INSERTs for the price tables. */
final class CopyTable {
    private static final int CHUNK_ROWS = 10_000;

    private final Connection connection;
    private final String copySql;
    private final String stamp;
    private final StringBuilder buffer = new StringBuilder();
    private int buffered;
    private int written;

    /** {@code columns} excludes id, created_at and updated_at, which every row gets. */
    CopyTable(Connection connection, String table, String columns, String now) {
        this.connection = connection;
        this.copySql = "COPY " + table + " (id, " + columns + ", created_at, updated_at) FROM STDIN (FORMAT csv)";
        this.stamp = now;
    }

    /** Adds a row with a new random id, and returns the id. */
    UUID add(Object... values) {
        UUID id = UUID.randomUUID();
        buffer.append(id);
        for (Object value : values) {
            buffer.append(',');
            append(value);
        }
        buffer.append(',').append(stamp).append(',').append(stamp).append('\n');
        if (++buffered == CHUNK_ROWS) {
            flush();
        }
        return id;
    }

    private void append(Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof String text) {
            buffer.append('"').append(text.replace("\"", "\"\"")).append('"');
        } else {
            buffer.append(value);
        }
    }

    /** Sends what is buffered and returns the number of rows written so far. */
    int finish() {
        flush();
        return written;
    }

    private void flush() {
        if (buffered == 0) {
            return;
        }
        try {
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            written += (int) copy.copyIn(copySql, new StringReader(buffer.toString()));
        } catch (SQLException | IOException e) {
            throw new ImportException("Writing " + copySql.split(" ")[1] + " failed: " + e.getMessage(), e);
        }
        buffer.setLength(0);
        buffered = 0;
    }
}
