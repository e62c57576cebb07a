package org.milmove.flyway.compat.sql;

import java.io.IOException;
import java.io.Reader;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A migration file as Flyway should run it in MilMove mode, streamed line by line (see {@link MilMoveSql#read}),
 * while {@link GoReading} follows how MilMove's Go migrator would read it.
 */
final class MilMoveReader extends Reader {
    private final GoLines lines;
    private final Consumer<CutShort> cutShort;
    private final ExecLines milmove = new ExecLines(true);
    private final GoReading go = new GoReading(statement -> { }, StatementText.ENOUGH_FOR_COPY);
    private boolean goReads = true;
    private boolean raw;
    private CutShort rawCut;
    private boolean ended;
    private String chunk = "";
    private int position;

    MilMoveReader(Reader file, Consumer<CutShort> cutShort) {
        this.lines = new GoLines(file);
        this.cutShort = cutShort;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (position == chunk.length()) {
            if (ended || !advance()) {
                return -1;
            }
        }
        int n = Math.min(length, chunk.length() - position);
        chunk.getChars(position, position + n, buffer, offset);
        position += n;
        return n;
    }

    /** Reads the next line of the file into {@code chunk}; false at the end of the file. */
    private boolean advance() throws IOException {
        GoLine line = lines.next();
        if (line == null) {
            end();
            return false;
        }
        if (line.number() == 1 && !line.tooLongForGo() && ExecLines.isRawMarker(line.text())) {
            raw = true;
            chunk = "";
        } else if (raw) {
            if (rawCut == null && line.tooLongForGo()) {
                rawCut = CutShort.tooLong(line);
            }
            chunk = line.text() + "\n";
        } else {
            goReads = goReads && go.accept(line);
            chunk = convert(line.text());
        }
        position = 0;
        return true;
    }

    /** A line of a file that is not raw: COPY data as MilMove reads it, pg_dump's search_path line dropped. */
    private String convert(String line) {
        boolean data = milmove.insideCopy();
        String processed = milmove.next(line);
        if (data) {
            if (processed.isEmpty()) {
                return "";
            }
            return (processed.equals("\\.") ? processed : CopyRow.encode(processed)) + "\n";
        }
        return ExecLines.setsSearchPath(line) ? "" : line + "\n";
    }

    /** A COPY whose data runs to the end of the file never ends for Flyway's parser either: refuse it. */
    private void end() throws IOException {
        ended = true;
        if (!raw && milmove.insideCopy()) {
            throw new IOException("the file ends inside the data of a COPY ... FROM stdin, before its closing line \\.;"
                    + " end the data with a line holding only \\.");
        }
        Optional<CutShort> cut = raw ? Optional.ofNullable(rawCut) : go.finish();
        cut.ifPresent(cutShort);
    }

    @Override
    public void close() throws IOException {
        lines.close();
    }
}
