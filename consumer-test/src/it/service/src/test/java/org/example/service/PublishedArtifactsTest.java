package org.example.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.milmove.flyway.setup.MilMoveFlyway;
import org.milmove.flyway.setup.MilMoveSettings;

/** The published artifacts used as the README shows: plain Java, and the Flyway plugin from configuration keys. */
class PublishedArtifactsTest {
    private static final Path MIGRATIONS = Path.of("target/test-classes/migrations");
    private static EmbeddedPostgres postgres;

    @BeforeAll
    static void start() throws Exception {
        postgres = EmbeddedPostgres.builder().setServerConfig("fsync", "off").start();
        for (String database : List.of("plain", "plugin")) {
            try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE " + database);
            }
        }
    }

    @AfterAll
    static void stop() throws Exception {
        postgres.close();
    }

    @Test
    void plainJava() throws Exception {
        DataSource dataSource = postgres.getDatabase("postgres", "plain");
        try (MilMoveFlyway migrations = MilMoveSettings.of(MIGRATIONS.resolve("migrations_manifest.txt"),
                MIGRATIONS.resolve("schema").toString()).open()) {
            migrations.configure().dataSource(dataSource).load().migrate();
        }
        assertMigrated(dataSource);
    }

    @Test
    void flywayPlugin() throws Exception {
        Flyway.configure().configuration(Map.of(
                        "flyway.url", postgres.getJdbcUrl("postgres", "plugin"),
                        "flyway.user", "postgres",
                        "flyway.locations", "milmove:",
                        "flyway.sqlMigrationPrefix", "",
                        "flyway.sqlMigrationSeparator", "_",
                        "flyway.sqlMigrationSuffixes", ".up.sql,.up.fizz",
                        "flyway.milmove.manifest", MIGRATIONS.resolve("migrations_manifest.txt").toString(),
                        "flyway.milmove.migrationPath", MIGRATIONS.resolve("schema").toString()))
                .load()
                .migrate();
        assertMigrated(postgres.getDatabase("postgres", "plugin"));
    }

    /** COPY data read as MilMove reads it (leading spaces stripped), fizz translated, the unlisted file skipped. */
    private static void assertMigrated(DataSource dataSource) throws Exception {
        assertEquals(List.of("Ada"), column(dataSource, "SELECT name FROM people"));
        assertEquals(List.of("pets"), column(dataSource, "SELECT tablename FROM pg_tables WHERE tablename IN ('pets', 'not_listed')"));
    }

    private static List<String> column(DataSource dataSource, String sql) throws Exception {
        List<String> values = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); ResultSet rs = c.createStatement().executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }
}
