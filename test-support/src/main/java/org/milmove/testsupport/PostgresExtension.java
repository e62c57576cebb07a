package org.milmove.testsupport;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives each test class a fresh database on a real PostgreSQL server, injected as a {@link TestDatabase}
 * parameter (constructor, {@code @BeforeAll}, test and lifecycle methods).
 *
 * <p>One server serves the whole test run. Which server:
 * <ul>
 *   <li>{@code TEST_DATABASE_URL=postgres://user:password@host:port/db}: that already-running server;</li>
 *   <li>{@code TEST_POSTGRES=testcontainers}: a Docker container (needs a Docker engine);</li>
 *   <li>otherwise: PostgreSQL 15 from the embedded binaries, no Docker and no service needed.</li>
 * </ul>
 */
public final class PostgresExtension implements ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(PostgresExtension.class);
    private static final AtomicInteger DATABASE_COUNTER = new AtomicInteger();

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == TestDatabase.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        ExtensionContext classContext = classContext(context);
        return classContext.getStore(NAMESPACE)
                .getOrComputeIfAbsent("database", key -> createDatabase(classContext), ClassDatabase.class)
                .database();
    }

    private static ExtensionContext classContext(ExtensionContext context) {
        ExtensionContext current = context;
        while (current.getTestClass().isPresent() && current.getParent().flatMap(ExtensionContext::getTestClass).isPresent()) {
            current = current.getParent().orElseThrow();
        }
        return current;
    }

    private static ClassDatabase createDatabase(ExtensionContext classContext) {
        PostgresServer server = classContext.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent("server", key -> startServer(), PostgresServer.class);
        String className = classContext.getRequiredTestClass().getSimpleName().toLowerCase(Locale.ROOT);
        String name = "t" + DATABASE_COUNTER.incrementAndGet() + "_" + className.replaceAll("[^a-z0-9]", "");
        execute(server.admin(), "CREATE DATABASE " + name);
        return new ClassDatabase(server.admin(), server.admin().withName(name));
    }

    private static PostgresServer startServer() {
        String url = System.getenv("TEST_DATABASE_URL");
        if (url != null && !url.isBlank()) {
            return new ExternalPostgresServer(url);
        }
        if ("testcontainers".equalsIgnoreCase(System.getenv("TEST_POSTGRES"))) {
            return new ContainerPostgresServer();
        }
        return EmbeddedPostgresServer.start();
    }

    static void execute(TestDatabase db, String sql) {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    /** Dropped when its test class ends, so that an external server does not collect databases. */
    private record ClassDatabase(TestDatabase admin, TestDatabase database) implements AutoCloseable {
        @Override
        public void close() {
            execute(admin, "DROP DATABASE IF EXISTS " + database.name() + " WITH (FORCE)");
        }
    }
}
