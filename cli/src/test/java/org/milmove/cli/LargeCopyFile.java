package org.milmove.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A migration of COPY blocks into {@code table (id, payload)}, written to disk as it is generated, never held whole. */
public final class LargeCopyFile {
    private LargeCopyFile() {
    }

    /**
     * Writes blocks of {@code rowsPerBlock} rows, ids from 1, until the file holds at least {@code bytes} (UTF-8).
     *
     * @return the number of rows
     */
    public static long write(Path file, String table, long bytes, int rowsPerBlock, String payload) throws IOException {
        long rowBytes = payload.getBytes(StandardCharsets.UTF_8).length + 2;
        long id = 0;
        long written = 0;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            while (written < bytes) {
                out.write("COPY " + table + " (id, payload) FROM stdin;\n");
                for (int i = 0; i < rowsPerBlock; i++) {
                    String number = Long.toString(++id);
                    out.write(number);
                    out.write('\t');
                    out.write(payload);
                    out.write('\n');
                    written += number.length() + rowBytes;
                }
                out.write("\\.\n");
            }
        }
        return id;
    }
}
