package org.milmove.example;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.milmove.flyway.manifest.ManifestException;
import org.milmove.testsupport.Readme;
import org.milmove.testsupport.S3TestServer;
import org.milmove.testsupport.TestDatabase;
import org.milmove.testsupport.WithPostgres;
import org.milmove.testsupport.WithS3;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The example service started as a Spring Boot application against a real PostgreSQL and a real S3-protocol server:
 * Spring Boot's Flyway auto-configuration, customised by the starter, migrates at start-up.
 */
@WithPostgres
@WithS3
class ExampleApplicationTest {
    @TempDir
    Path project;

    private String bucket;

    @BeforeEach
    void files(S3TestServer server) throws Exception {
        Files.createDirectories(project.resolve("schema"));
        Files.writeString(project.resolve("schema/20250101000000_create_people.up.sql"), "CREATE TABLE people (name text);");
        bucket = server.newBucket("example-secure");
        server.put(bucket, "secure-migrations/20250102000000_load_people.up.sql",
                "INSERT INTO people VALUES ('loaded from S3');");
        S3TestServer.useItsCredentials();
    }

    @AfterEach
    void forgetCredentials() {
        S3TestServer.forgetCredentials();
    }

    @Test
    void migratesAtStartUpFromALocalFolderAndS3(TestDatabase db, S3TestServer server) throws Exception {
        db.emptyPublicSchema();
        manifest("20250101000000_create_people.up.sql", "20250102000000_load_people.up.sql");

        try (ConfigurableApplicationContext service = start(db, server)) {
            assertThat(service.getBean(People.class).names()).containsExactly("loaded from S3");
        }
        assertThat(db.column("SELECT version FROM flyway_schema_history WHERE success ORDER BY installed_rank"))
                .containsExactly("20250101000000", "20250102000000");
    }

    @Test
    void doesNotStartWhenAListedMigrationIsMissing(TestDatabase db, S3TestServer server) throws Exception {
        db.emptyPublicSchema();
        manifest("20250101000000_create_people.up.sql", "20250103000000_not_uploaded.up.sql");

        assertThatThrownBy(() -> start(db, server).close())
                .hasRootCauseInstanceOf(ManifestException.class)
                .rootCause()
                .hasMessageContaining("20250103000000_not_uploaded.up.sql (line 2)")
                .hasMessageContaining("s3://" + bucket + "/secure-migrations");
        assertThat(db.column("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")).containsExactly("0");
    }

    @Test
    void theReadmeShowsTheExamplesProperties() throws Exception {
        assertThat(Readme.blocks("properties"))
                .contains(Files.readString(Path.of("src/main/resources/application.properties")));
    }

    private void manifest(String... files) throws Exception {
        Files.writeString(project.resolve("migrations_manifest.txt"), String.join("\n", files) + "\n");
    }

    /** The example as its application.properties configure it, pointed at the test servers by command-line arguments. */
    private ConfigurableApplicationContext start(TestDatabase db, S3TestServer server) {
        Map<String, String> arguments = Map.of(
                "spring.datasource.url", db.jdbcUrl(),
                "spring.datasource.username", db.user(),
                "spring.datasource.password", db.password(),
                "milmove.migrations.manifest", project.resolve("migrations_manifest.txt").toString(),
                "milmove.migrations.path", project.resolve("schema") + ";s3://" + bucket + "/secure-migrations",
                "milmove.migrations.s3.region", S3TestServer.REGION,
                "milmove.migrations.s3.endpoint", server.endpoint().toString());
        return new SpringApplicationBuilder(ExampleApplication.class)
                .run(arguments.entrySet().stream().map(a -> "--" + a.getKey() + "=" + a.getValue()).toArray(String[]::new));
    }
}
