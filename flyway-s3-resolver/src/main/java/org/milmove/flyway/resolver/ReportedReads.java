package org.milmove.flyway.resolver;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.util.function.Function;

/**
 * A migration's reader whose failures say which migration could not be read. They are unchecked so that they pass
 * through Flyway unchanged: Flyway reports a failing read as a problem with the SQL ("Unable to parse statement").
 */
final class ReportedReads extends FilterReader {
    private final Function<IOException, RuntimeException> failure;

    ReportedReads(Reader in, Function<IOException, RuntimeException> failure) {
        super(in);
        this.failure = failure;
    }

    @Override
    public int read() {
        try {
            return super.read();
        } catch (IOException e) {
            throw failure.apply(e);
        }
    }

    @Override
    public int read(char[] buffer, int offset, int length) {
        try {
            return super.read(buffer, offset, length);
        } catch (IOException e) {
            throw failure.apply(e);
        }
    }
}
