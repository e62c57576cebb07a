package org.milmove.testsupport;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A stand-in for AWS STS on 127.0.0.1: answers {@code AssumeRole} and {@code AssumeRoleWithWebIdentity} (the query
 * protocol the SDK speaks) with the temporary credentials it was started with, and keeps every call so that a test
 * can check which role was asked for, by whom. Signatures are not verified; the S3 test server verifies the
 * credentials it hands out.
 */
public final class StsTestServer implements AutoCloseable {
    private static final String NAMESPACE = "https://sts.amazonaws.com/doc/2011-06-15/";

    /** One request: its {@code Action}, its form parameters, and the access key id that signed it (null if unsigned). */
    public record Call(String action, Map<String, String> parameters, String signedWith) {
        public Call {
            parameters = Map.copyOf(parameters);
        }

        public String parameter(String name) {
            return parameters.get(name);
        }
    }

    private final HttpServer server;
    private final String accessKey;
    private final String secretKey;
    private final String sessionToken;
    private final Duration lifetime;
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private volatile boolean denying;

    private StsTestServer(HttpServer server, String accessKey, String secretKey, String sessionToken, Duration lifetime) {
        this.server = server;
        this.accessKey = accessKey;
        this.secretKey = secretKey;
        this.sessionToken = sessionToken;
        this.lifetime = lifetime;
    }

    /** A server whose every answer is these credentials, expiring {@code lifetime} after the call. */
    public static StsTestServer start(String accessKey, String secretKey, String sessionToken, Duration lifetime) {
        try {
            HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            StsTestServer sts = new StsTestServer(http, accessKey, secretKey, sessionToken, lifetime);
            http.createContext("/", sts::answer);
            http.start();
            return sts;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the STS test server", e);
        }
    }

    /** From now on every call is refused with {@code 403 AccessDenied}, as STS does when a role may not be assumed. */
    public void deny() {
        denying = true;
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    public List<Call> calls() {
        return List.copyOf(calls);
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            Map<String, String> form = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            String action = form.getOrDefault("Action", "");
            calls.add(new Call(action, form, signer(exchange.getRequestHeaders().getFirst("Authorization"))));
            if (denying) {
                respond(exchange, 403, "<ErrorResponse xmlns=\"" + NAMESPACE + "\"><Error><Type>Sender</Type>"
                        + "<Code>AccessDenied</Code><Message>Not authorized to perform sts:" + action + " on "
                        + form.get("RoleArn") + "</Message></Error><RequestId>denied</RequestId></ErrorResponse>");
            } else if (action.equals("AssumeRole") || action.equals("AssumeRoleWithWebIdentity")) {
                respond(exchange, 200, credentials(action, form.get("RoleArn"), form.get("RoleSessionName")));
            } else {
                respond(exchange, 400, "<ErrorResponse xmlns=\"" + NAMESPACE + "\"><Error><Type>Sender</Type>"
                        + "<Code>InvalidAction</Code><Message>" + action + "</Message></Error></ErrorResponse>");
            }
        }
    }

    private String credentials(String action, String roleArn, String sessionName) {
        Instant expiration = Instant.now().plus(lifetime).truncatedTo(ChronoUnit.SECONDS);
        return "<" + action + "Response xmlns=\"" + NAMESPACE + "\"><" + action + "Result>"
                + "<Credentials><AccessKeyId>" + accessKey + "</AccessKeyId><SecretAccessKey>" + secretKey
                + "</SecretAccessKey><SessionToken>" + sessionToken + "</SessionToken><Expiration>" + expiration
                + "</Expiration></Credentials>"
                + "<AssumedRoleUser><AssumedRoleId>AROATEST:" + sessionName + "</AssumedRoleId><Arn>" + roleArn + "/"
                + sessionName + "</Arn></AssumedRoleUser>"
                + "</" + action + "Result><ResponseMetadata><RequestId>test</RequestId></ResponseMetadata></" + action
                + "Response>";
    }

    private static void respond(HttpExchange exchange, int status, String xml) throws IOException {
        byte[] body = xml.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/xml");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static Map<String, String> form(String body) {
        Map<String, String> form = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                form.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return form;
    }

    /** The access key id in {@code Credential=<key>/<date>/...} of a SigV4 Authorization header. */
    private static String signer(String authorization) {
        if (authorization == null || !authorization.contains("Credential=")) {
            return null;
        }
        String credential = authorization.substring(authorization.indexOf("Credential=") + "Credential=".length());
        return credential.substring(0, credential.indexOf('/'));
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
