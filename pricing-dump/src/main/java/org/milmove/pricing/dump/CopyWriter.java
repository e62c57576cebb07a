package org.milmove.pricing.dump;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes the dump file: text lines, and table data as {@code COPY ... FROM stdin;} blocks ended by {@code \.},
 * starting a new block whenever the current one would exceed the limits.
 */
final class CopyWriter {
    private static final byte[] END_OF_BLOCK = "\\.\n".getBytes(StandardCharsets.US_ASCII);

    private final OutputStream out;
    private final BlockLimits limits;
    private byte[] copyStatement;
    private long blockRows;
    private long blockBytes;
    private long tableRows;
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

    /** Opens the first block of a table: {@code statement} is its {@code COPY ... FROM stdin;} line. */
    void beginTable(String statement) throws IOException {
        copyStatement = (statement + "\n").getBytes(StandardCharsets.UTF_8);
        tableRows = 0;
        openBlock();
    }

    /** One row in COPY text format, ending with its line feed. */
    void row(byte[] row, int length) throws IOException {
        if (blockRows > 0 && (blockRows >= limits.maxRows() || blockBytes + length > limits.maxBytes())) {
            write(END_OF_BLOCK);
            openBlock();
        }
        out.write(row, 0, length);
        bytes += length;
        blockBytes += length;
        blockRows++;
        tableRows++;
    }

    /** Closes the table's last block; returns its row count. */
    long endTable() throws IOException {
        write(END_OF_BLOCK);
        line("");
        return tableRows;
    }

    long tableRows() {
        return tableRows;
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
