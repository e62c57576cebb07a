package org.milmove.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP proxy on 127.0.0.1 in front of an HTTP server, for failure and latency tests: it can answer the next
 * connections itself (for example {@code 503 SlowDown}, as S3 does when throttling) and delay every request by a
 * fixed latency, or drop connections part way through a response. Bytes are passed through untouched, so signed
 * requests stay valid. With {@link #recordRequests()} it also keeps the head (request line and headers) of every
 * request it passes on, so a test can check what a client sent, such as {@code x-amz-server-side-encryption}.
 */
public final class FaultProxy implements AutoCloseable {
    /** An HTTP response the proxy sends instead of passing a request on. */
    public record Canned(String status, Map<String, String> headers, String body) {
        public static final Canned SLOW_DOWN = new Canned("503 Slow Down", Map.of(),
                "<Error><Code>SlowDown</Code><Message>Please reduce your request rate.</Message></Error>");
    }

    private final ServerSocket server;
    private final int upstreamPort;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "fault-proxy");
        t.setDaemon(true);
        return t;
    });
    private final AtomicInteger cannedLeft = new AtomicInteger();
    private final AtomicInteger cannedSent = new AtomicInteger();
    private volatile Canned canned = Canned.SLOW_DOWN;
    private volatile Duration latency = Duration.ZERO;
    private volatile long cutAfter = Long.MAX_VALUE;

    /** The request line and headers of one request; header names are kept in lower case. */
    public record RequestHead(String requestLine, Map<String, String> headers) {
        public RequestHead {
            headers = Map.copyOf(headers);
        }

        /** The header's value, or null; {@code name} in any case. */
        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        public String method() {
            return requestLine.split(" ", 2)[0];
        }

        /** The request target without the query string, e.g. {@code /bucket/key}. */
        public String path() {
            String target = requestLine.split(" ")[1];
            int query = target.indexOf('?');
            return query < 0 ? target : target.substring(0, query);
        }
    }

    private final List<RequestHead> requests = new CopyOnWriteArrayList<>();
    private volatile boolean recording;

    private FaultProxy(ServerSocket server, int upstreamPort) {
        this.server = server;
        this.upstreamPort = upstreamPort;
        threads.execute(this::acceptLoop);
    }

    public static FaultProxy start(int upstreamPort) {
        try {
            return new FaultProxy(new ServerSocket(0, 200, InetAddress.getLoopbackAddress()), upstreamPort);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getLocalPort());
    }

    /** The next {@code count} connections get {@code response} and are closed. */
    public FaultProxy answerNext(int count, Canned response) {
        canned = response;
        cannedLeft.set(count);
        return this;
    }

    /** How many canned responses were sent. */
    public int cannedSent() {
        return cannedSent.get();
    }

    /** From now on, keep the head of every request passed on to the server (canned answers are not recorded). */
    public FaultProxy recordRequests() {
        recording = true;
        return this;
    }

    /** The recorded request heads, oldest first. */
    public List<RequestHead> requests() {
        return List.copyOf(requests);
    }

    /**
     * From now on, each connection is dropped once the server has sent this many bytes on it, as when a network fails
     * in the middle of a large object.
     */
    public FaultProxy cutConnectionsAfter(long responseBytes) {
        this.cutAfter = responseBytes;
        return this;
    }

    /** Every request waits this long before it reaches the server. */
    public FaultProxy latency(Duration perRequest) {
        this.latency = perRequest;
        return this;
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                threads.execute(() -> handle(client));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void handle(Socket client) {
        try (client) {
            if (cannedLeft.getAndDecrement() > 0) {
                cannedSent.incrementAndGet();
                answer(client, canned);
                return;
            }
            try (Socket upstream = new Socket(InetAddress.getLoopbackAddress(), upstreamPort)) {
                var back = threads.submit(() -> respond(upstream.getInputStream(), client));
                if (recording) {
                    HttpRequests.forward(client.getInputStream(), upstream.getOutputStream(), latency, requests::add);
                } else {
                    forward(client.getInputStream(), upstream.getOutputStream());
                }
                upstream.shutdownOutput();
                back.get();
            }
        } catch (Exception e) {
            // A connection closed by either side ends its exchange; nothing to report.
        }
    }

    private static void answer(Socket client, Canned response) throws IOException {
        readRequestHead(client.getInputStream());
        byte[] body = response.body().getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder("HTTP/1.1 " + response.status() + "\r\nContent-Type: application/xml\r\n");
        response.headers().forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        head.append("Content-Length: ").append(body.length).append("\r\nConnection: close\r\n\r\n");
        OutputStream out = client.getOutputStream();
        out.write(head.toString().getBytes(StandardCharsets.US_ASCII));
        out.write(body);
        out.flush();
    }

    private static void readRequestHead(InputStream in) throws IOException {
        int matched = 0;
        byte[] end = {'\r', '\n', '\r', '\n'};
        for (int b; matched < 4 && (b = in.read()) >= 0; ) {
            matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
        }
    }

    /** Passes the client's bytes on, each request after the latency. */
    private void forward(InputStream in, OutputStream out) throws IOException, InterruptedException {
        byte[] buffer = new byte[64 * 1024];
        for (int n; (n = in.read(buffer)) >= 0; ) {
            if (!latency.isZero() && startsRequest(buffer, n)) {
                Thread.sleep(latency.toMillis());
            }
            out.write(buffer, 0, n);
            out.flush();
        }
    }

    /** Passes the server's bytes on, and closes the client's connection at the cut, if one is set. */
    private Void respond(InputStream in, Socket client) throws IOException {
        OutputStream out = client.getOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long sent = 0;
        for (int n; (n = in.read(buffer)) >= 0; sent += n) {
            // A connection may have carried more than the cut before it was set: it is dropped at its next bytes.
            int passed = (int) Math.max(0, Math.min(n, cutAfter - sent));
            out.write(buffer, 0, passed);
            out.flush();
            if (passed < n) {
                client.close();
                return null;
            }
        }
        return null;
    }

    private static boolean startsRequest(byte[] buffer, int n) {
        String start = new String(buffer, 0, Math.min(n, 8), StandardCharsets.US_ASCII);
        return start.startsWith("GET ") || start.startsWith("HEAD ") || start.startsWith("PUT ")
                || start.startsWith("POST ") || start.startsWith("DELETE ");
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            threads.shutdownNow();
        }
    }
}
