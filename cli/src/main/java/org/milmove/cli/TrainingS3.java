package org.milmove.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * The few S3 answers a {@code migrate} over an {@code s3://} entry needs (ListObjectsV2, GetObject, HeadObject), for
 * {@link ClassDataTraining} only: the build has no S3 server, and the archive should hold the classes such a run
 * loads. It serves one folder's files as the objects of {@code s3://training/secure}, each ETag the MD5 of its bytes
 * as S3 gives it; anything else is answered 404.
 */
final class TrainingS3 implements AutoCloseable {
    static final String PREFIX = "s3://training/secure";
    private static final String BUCKET_PATH = "/training";
    private static final String KEY_PREFIX = "secure/";

    private final HttpServer server;
    private final Map<String, byte[]> objects = new TreeMap<>();

    private TrainingS3(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            for (Path file : files.toList()) {
                objects.put(KEY_PREFIX + file.getFileName(), Files.readAllBytes(file));
            }
        }
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::answer);
        server.start();
    }

    /** Serves the files of {@code folder}; the caller closes it. */
    static TrainingS3 serving(Path folder) {
        try {
            return new TrainingS3(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            byte[] object = path.startsWith(BUCKET_PATH + "/") ? objects.get(path.substring(BUCKET_PATH.length() + 1)) : null;
            if (path.equals(BUCKET_PATH) || path.equals(BUCKET_PATH + "/")) {
                send(exchange, listing().getBytes(StandardCharsets.UTF_8), "application/xml");
            } else if (object != null) {
                exchange.getResponseHeaders().add("ETag", eTag(object));
                send(exchange, object, "application/octet-stream");
            } else {
                exchange.sendResponseHeaders(404, -1);
            }
        }
    }

    private static void send(HttpExchange exchange, byte[] body, String type) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", type);
        boolean head = "HEAD".equals(exchange.getRequestMethod());
        exchange.sendResponseHeaders(200, head ? -1 : body.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** Every object in one page: the training folder holds a handful. */
    private String listing() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<ListBucketResult xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"><Name>training</Name>"
                + "<Prefix>" + KEY_PREFIX + "</Prefix><Delimiter>/</Delimiter><KeyCount>" + objects.size()
                + "</KeyCount><MaxKeys>1000</MaxKeys><IsTruncated>false</IsTruncated>");
        objects.forEach((key, bytes) -> xml.append("<Contents><Key>").append(key)
                .append("</Key><LastModified>2025-01-01T00:00:00.000Z</LastModified><ETag>")
                .append(eTag(bytes).replace("\"", "&quot;")).append("</ETag><Size>").append(bytes.length)
                .append("</Size><StorageClass>STANDARD</StorageClass></Contents>"));
        return xml.append("</ListBucketResult>").toString();
    }

    private static String eTag(byte[] bytes) {
        try {
            return '"' + HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes)) + '"';
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
