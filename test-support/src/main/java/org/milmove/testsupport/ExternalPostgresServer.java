package org.milmove.testsupport;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * An already-running server named by {@code TEST_DATABASE_URL}, in the
 * {@code postgres://user:password@host:port/database} form; the user must be allowed to create databases.
 */
final class ExternalPostgresServer implements PostgresServer {
    private final TestDatabase admin;

    ExternalPostgresServer(String url) {
        URI uri = URI.create(url.startsWith("jdbc:") ? url.substring("jdbc:".length()) : url);
        if (!"postgres".equals(uri.getScheme()) && !"postgresql".equals(uri.getScheme())) {
            throw new IllegalArgumentException(
                    "TEST_DATABASE_URL must look like postgres://user:password@host:port/database");
        }
        String[] userInfo = uri.getRawUserInfo() == null ? new String[] {"postgres"} : uri.getRawUserInfo().split(":", 2);
        String path = uri.getPath() == null || uri.getPath().length() <= 1 ? "/postgres" : uri.getPath();
        admin = new TestDatabase(
                uri.getHost(),
                uri.getPort() < 0 ? 5432 : uri.getPort(),
                path.substring(1),
                decode(userInfo[0]),
                userInfo.length > 1 ? decode(userInfo[1]) : "");
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    @Override
    public TestDatabase admin() {
        return admin;
    }

    @Override
    public void close() {
        // Not ours to stop.
    }
}
