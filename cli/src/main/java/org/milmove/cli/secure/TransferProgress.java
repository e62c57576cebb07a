package org.milmove.cli.secure;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.milmove.cli.output.ProgressLine;

/** A percentage on the progress line as a transfer reads its stream: an upload reads the file, a download S3. */
final class TransferProgress extends FilterInputStream {
    /** Smaller files move in a moment; a progress line would only flicker. */
    private static final long FROM_BYTES = 4L << 20;

    private final ProgressLine line;
    private final String label;
    private final long total;
    private long read;
    private int shown = -1;

    private TransferProgress(InputStream in, ProgressLine line, String label, long total) {
        super(in);
        this.line = line;
        this.label = label;
        this.total = total;
    }

    /** {@code in} with a progress line when it is {@code total} bytes large enough to take a while. */
    static InputStream of(InputStream in, ProgressLine line, String label, long total) {
        return total >= FROM_BYTES ? new TransferProgress(in, line, label, total) : in;
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
            String text = "  " + label + ": " + percent + "% of " + (total >> 20) + " MB";
            if (percent == 100) {
                line.done(text);
            } else {
                line.show(text);
            }
        }
    }
}
