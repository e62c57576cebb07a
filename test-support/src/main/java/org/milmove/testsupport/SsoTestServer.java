package org.milmove.testsupport;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A stand-in for the AWS SSO portal on 127.0.0.1: answers {@code GetRoleCredentials}, which the SDK calls with the
 * access token {@code aws sso login} cached, with the role credentials it was started with. Keeps each call's query
 * and token so that a test can check that the cached login was used.
 */
public final class SsoTestServer implements AutoCloseable {

    /** One {@code GET /federation/credentials}: its query ({@code account_id}, {@code role_name}) and bearer token. */
    public record Call(String query, String accessToken) {
    }

    private final HttpServer server;
    private final String accessKey;
    private final String secretKey;
    private final String sessionToken;
    private final List<Call> calls = new CopyOnWriteArrayList<>();

    private SsoTestServer(HttpServer server, String accessKey, String secretKey, String sessionToken) {
        this.server = server;
        this.accessKey = accessKey;
        this.secretKey = secretKey;
        this.sessionToken = sessionToken;
    }

    /** A portal whose every answer is these role credentials, valid for an hour. */
    public static SsoTestServer start(String accessKey, String secretKey, String sessionToken) {
        try {
            HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            SsoTestServer sso = new SsoTestServer(http, accessKey, secretKey, sessionToken);
            http.createContext("/federation/credentials", sso::answer);
            http.start();
            return sso;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the SSO test server", e);
        }
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    public List<Call> calls() {
        return List.copyOf(calls);
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            calls.add(new Call(exchange.getRequestURI().getRawQuery(), exchange.getRequestHeaders().getFirst("x-amz-sso_bearer_token")));
            long expiration = Instant.now().plus(Duration.ofHours(1)).toEpochMilli();
            byte[] body = ("{\"roleCredentials\":{\"accessKeyId\":\"" + accessKey + "\",\"secretAccessKey\":\"" + secretKey
                    + "\",\"sessionToken\":\"" + sessionToken + "\",\"expiration\":" + expiration + "}}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
