package org.milmove.cli.secure;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;

/** A percentage on one terminal line, rewritten with {@code \r} as the upload reads the file. */
final class UploadProgress extends FilterInputStream {
    private final PrintWriter err;
    private final String label;
    private final long total;
    private long read;
    private int shown = -1;

    UploadProgress(InputStream in, PrintWriter err, String label, long total) {
        super(in);
        this.err = err;
        this.label = label;
        this.total = total;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        advance(b < 0 ? 0 : 1);
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        advance(Math.max(n, 0));
        return n;
    }

    private void advance(int n) {
        read += n;
        int percent = (int) (read * 100 / total);
        if (percent != shown) {
            shown = percent;
            err.print("\r  " + label + ": " + percent + "% of " + (total >> 20) + " MB" + (percent == 100 ? "\n" : ""));
            err.flush();
        }
    }
}
