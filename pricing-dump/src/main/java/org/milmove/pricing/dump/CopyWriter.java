package org.milmove.pricing.dump;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.milmove.pricing.dump.Catalog.TableInfo;

/**
 * Writes the dump file: text lines, and table data as {@code COPY ... FROM stdin;} blocks ended by {@code \.},
 * starting a new block whenever the current one would exceed the limits. Rows that MilMove's migrator would read
 * differently from server-side COPY follow the table's last block as {@link InsertStatement}s, in their order.
 */
final class CopyWriter {
    private static final byte[] END_OF_BLOCK = "\\.\n".getBytes(StandardCharsets.US_ASCII);

    private final OutputStream out;
    private final BlockLimits limits;
    // Held until the table's COPY data ends; they are few (values with backslashes or leading whitespace).
    private final List<byte[]> inserts = new ArrayList<>();
    private TableInfo table;
    private byte[] copyStatement;
    private long blockRows;
    private long blockBytes;
    private long tableRows;
    private long insertRows;
    private long bytes;
    private int blocks;

    CopyWriter(OutputStream out, BlockLimits limits) {
        this.out = out;
        this.limits = limits;
    }

    void line(String text) throws IOException {
        write((text + "\n").getBytes(StandardCharsets.UTF_8));
    }

    void comment(String text) throws IOException {
        line("-- " + Header.safe(text));
    }

    /** Opens the first block of a table's data. */
    void beginTable(TableInfo next) throws IOException {
        table = next;
        copyStatement = (next.copyStatement() + "\n").getBytes(StandardCharsets.UTF_8);
        tableRows = 0;
        openBlock();
    }

    /** One row in COPY text format, ending with its line feed. */
    void row(byte[] row, int length) throws IOException {
        tableRows++;
        if (!MilMoveReading.readsLikeCopy(row, length)) {
            inserts.add(InsertStatement.line(table, CopyText.values(row, length), tableRows));
            return;
        }
        if (length - 1 > MilMoveReading.MAX_LINE_BYTES) {
            throw RowRefused.lineTooLong(table, CopyText.values(row, length), tableRows, length - 1);
        }
        if (blockRows > 0 && (blockRows >= limits.maxRows() || blockBytes + length > limits.maxBytes())) {
            write(END_OF_BLOCK);
            openBlock();
        }
        out.write(row, 0, length);
        bytes += length;
        blockBytes += length;
        blockRows++;
    }

    /** Closes the table's last block and writes its INSERT statements; returns its row count, both kinds. */
    long endTable() throws IOException {
        write(END_OF_BLOCK);
        if (!inserts.isEmpty()) {
            comment(inserts.size() + " of the " + tableRows + " rows of " + table.name().sql()
                    + " as INSERT statements: MilMove's migrator would read their COPY text differently");
            for (byte[] insert : inserts) {
                write(insert);
            }
            insertRows += inserts.size();
            inserts.clear();
        }
        line("");
        return tableRows;
    }

    long tableRows() {
        return tableRows;
    }

    long insertRows() {
        return insertRows;
    }

    long bytes() {
        return bytes;
    }

    int blocks() {
        return blocks;
    }

    private void openBlock() throws IOException {
        write(copyStatement);
        blocks++;
        blockRows = 0;
        blockBytes = 0;
    }

    private void write(byte[] b) throws IOException {
        out.write(b);
        bytes += b.length;
    }
}
