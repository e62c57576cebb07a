package org.milmove.cli.secure;

import java.util.LinkedHashMap;
import java.util.Map;
import org.milmove.flyway.resolver.S3Settings;
import software.amazon.awssdk.services.s3.S3Client;

/** One client per distinct settings: environments that share a region, endpoint and profile share a client. */
final class S3Clients implements AutoCloseable {
    private final Map<S3Settings, S3Client> clients = new LinkedHashMap<>();

    S3Client get(S3Settings settings) {
        return clients.computeIfAbsent(settings, S3Settings::createClient);
    }

    @Override
    public void close() {
        clients.values().forEach(S3Client::close);
    }
}
