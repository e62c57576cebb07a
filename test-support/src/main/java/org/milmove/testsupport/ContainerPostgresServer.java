package org.milmove.testsupport;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.PostgreSQLContainer;

/** PostgreSQL 15 in a Docker container, for machines that have a Docker engine. Opt-in only. */
final class ContainerPostgresServer implements PostgresServer {
    private final PostgreSQLContainer<?> container;

    ContainerPostgresServer() {
        if (!DockerClientFactory.instance().isDockerAvailable()) {
            throw new IllegalStateException(
                    "TEST_POSTGRES=testcontainers needs a Docker engine and none answers here; unset it to use the embedded server");
        }
        container = new PostgreSQLContainer<>("postgres:15");
        container.start();
    }

    @Override
    public TestDatabase admin() {
        return new TestDatabase(container.getHost(), container.getFirstMappedPort(), container.getDatabaseName(),
                container.getUsername(), container.getPassword());
    }

    @Override
    public void close() {
        container.stop();
    }
}
