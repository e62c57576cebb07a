package org.milmove.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.milmove.testsupport.FaultProxy.RequestHead;

/** Forwards HTTP/1.1 requests one by one, so that the head of each can be seen; bodies pass through unchanged. */
final class HttpRequests {
    private HttpRequests() {
    }

    static void forward(InputStream in, OutputStream out, Duration latency, Consumer<RequestHead> seen)
            throws IOException, InterruptedException {
        for (byte[] head; (head = readHead(in)) != null; ) {
            RequestHead request = parse(new String(head, StandardCharsets.ISO_8859_1));
            seen.accept(request);
            if (!latency.isZero()) {
                Thread.sleep(latency.toMillis());
            }
            out.write(head);
            out.flush();
            String length = request.header("content-length");
            if (length != null) {
                copy(in, out, Long.parseLong(length.strip()));
            } else if ("chunked".equalsIgnoreCase(String.valueOf(request.header("transfer-encoding")).strip())) {
                copyChunks(in, out);
            }
        }
    }

    /** The bytes up to and including the blank line after the headers, or null at the end of the stream. */
    private static byte[] readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        byte[] end = {'\r', '\n', '\r', '\n'};
        for (int b; matched < 4; ) {
            if ((b = in.read()) < 0) {
                return null;
            }
            head.write(b);
            matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        return head.toByteArray();
    }

    private static RequestHead parse(String head) {
        String[] lines = head.split("\r\n");
        Map<String, String> headers = new HashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.put(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).strip());
            }
        }
        return new RequestHead(lines[0], headers);
    }

    private static void copy(InputStream in, OutputStream out, long bytes) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        for (long left = bytes; left > 0; ) {
            int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (n < 0) {
                throw new IOException("request body ended early");
            }
            out.write(buffer, 0, n);
            left -= n;
        }
        out.flush();
    }

    private static void copyChunks(InputStream in, OutputStream out) throws IOException {
        while (true) {
            String sizeLine = copyLine(in, out);
            long size = Long.parseLong(sizeLine.split(";", 2)[0].strip(), 16);
            if (size == 0) {
                while (!copyLine(in, out).isEmpty()) {
                    // trailers
                }
                out.flush();
                return;
            }
            copy(in, out, size + 2);
        }
    }

    private static String copyLine(InputStream in, OutputStream out) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int b; (b = in.read()) != '\n'; ) {
            if (b < 0) {
                throw new IOException("request ended in a chunk header");
            }
            out.write(b);
            line.append((char) b);
        }
        out.write('\n');
        return line.toString().strip();
    }
}
