package org.milmove.flyway.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.configuration.ClassicConfiguration;
import org.flywaydb.core.internal.configuration.ConfigUtils;
import org.flywaydb.core.internal.configuration.models.ConfigurationModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.milmove.testsupport.Readme;
import org.milmove.testsupport.S3TestServer;
import org.milmove.testsupport.TestDatabase;
import org.milmove.testsupport.WithPostgres;
import org.milmove.testsupport.WithS3;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.toml.TomlMapper;

/**
 * The plugin as Flyway finds it (META-INF/services), configured by keys alone: through Flyway's configuration map,
 * through a flyway.toml file Flyway reads, and through MilMove's environment variables. Real PostgreSQL, real S3.
 */
@WithPostgres
@WithS3
class MilMoveFlywayPluginTest {
    @TempDir
    Path project;

    private String bucket;

    @BeforeEach
    void files(TestDatabase db, S3TestServer server) throws Exception {
        db.emptyPublicSchema();
        Files.createDirectories(project.resolve("schema"));
        Files.writeString(project.resolve("schema/20250101000000_create_people.up.sql"), "CREATE TABLE people (name text);");
        Files.writeString(project.resolve("schema/20250101000001_not_listed.up.sql"), "CREATE TABLE not_listed (x int);");
        bucket = server.newBucket("plugin");
        server.put(bucket, "secure/20250102000000_load_people.up.sql", "INSERT INTO people VALUES ('from S3');");
        S3TestServer.useItsCredentials();
    }

    @AfterEach
    void forgetCredentials() {
        S3TestServer.forgetCredentials();
    }

    @Test
    void migratesWithTheKeysOfAConfigurationMap(TestDatabase db, S3TestServer server) throws Exception {
        manifest("20250101000000_create_people.up.sql", "20250102000000_load_people.up.sql");

        Flyway.configure().configuration(keys(db, server)).load().migrate();

        assertThat(db.column("SELECT name FROM people")).containsExactly("from S3");
        assertThat(db.column("SELECT count(*) FROM pg_tables WHERE tablename = 'not_listed'")).containsExactly("0");
    }

    @Test
    void aListedMigrationThatIsMissingFailsBeforeAnythingRuns(TestDatabase db, S3TestServer server) throws Exception {
        manifest("20250101000000_create_people.up.sql", "20250103000000_not_uploaded.up.sql");

        assertThatThrownBy(() -> Flyway.configure().configuration(keys(db, server)).load().migrate())
                .isInstanceOf(FlywayException.class)
                .hasMessageContaining("20250103000000_not_uploaded.up.sql (line 2)")
                .hasMessageContaining("s3://" + bucket + "/secure");
        assertThat(db.column("SELECT count(*) FROM pg_tables WHERE tablename = 'people'")).containsExactly("0");
    }

    @Test
    void migratesWithTheReadmesFlywayToml(TestDatabase db, S3TestServer server) throws Exception {
        manifest("20250101000000_create_people.up.sql", "20250102000000_load_people.up.sql");
        String readme = Readme.blocks("toml").get(0);
        Path toml = project.resolve("flyway.toml");
        // The README's file, pointed at the test servers.
        Files.writeString(toml, readme
                .replace("jdbc:postgresql://localhost:5432/service", db.jdbcUrl())
                .replace("user = \"service\"", "user = \"" + db.user() + "\"\npassword = \"" + db.password() + "\"")
                .replace("migrations/app/migrations_manifest.txt", project.resolve("migrations_manifest.txt").toString())
                .replace("migrations/app/schema;s3://service-secure/secure-migrations", migrationPath())
                .replace("us-gov-west-1", S3TestServer.REGION + "\"\ns3Endpoint = \"" + server.endpoint()));
        assertThat(Files.readString(toml)).doesNotContain("service");

        new Flyway(new ClassicConfiguration(read(toml))).migrate();

        assertThat(db.column("SELECT name FROM people")).containsExactly("from S3");
        assertThat(db.column("SELECT count(*) FROM pg_tables WHERE tablename = 'not_listed'")).containsExactly("0");
    }

    @Test
    void milMovesVariablesSetTheKeys() {
        assertThat(ConfigUtils.environmentVariablesToPropertyMap(Map.of(
                "MIGRATION_MANIFEST", "migrations/app/migrations_manifest.txt",
                "MIGRATION_PATH", "migrations/app/schema;s3://bucket/secure",
                "AWS_ENDPOINT_URL_S3", "http://localhost:9000")))
                .containsEntry("flyway.milmove.manifest", "migrations/app/migrations_manifest.txt")
                .containsEntry("flyway.milmove.migrationPath", "migrations/app/schema;s3://bucket/secure")
                .containsEntry("flyway.milmove.s3Endpoint", "http://localhost:9000");
    }

    /**
     * The file as Flyway's own loader reads it (flyway-core 13.0's TomlUtils; since 13.x that loader ships with the
     * Flyway command line only): TOML into Flyway's configuration model, over its defaults, unknown keys tolerated.
     */
    private static ConfigurationModel read(Path toml) throws Exception {
        ConfigurationModel file = TomlMapper.builder()
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                .build()
                .readerFor(ConfigurationModel.class)
                .readValue(toml.toFile());
        return ConfigurationModel.defaults().merge(file);
    }

    private void manifest(String... files) throws Exception {
        Files.writeString(project.resolve("migrations_manifest.txt"), String.join("\n", files) + "\n");
    }

    private String migrationPath() {
        return project.resolve("schema") + ";s3://" + bucket + "/secure";
    }

    private Map<String, String> keys(TestDatabase db, S3TestServer server) {
        Map<String, String> keys = new HashMap<>();
        keys.put("flyway.url", db.jdbcUrl());
        keys.put("flyway.user", db.user());
        keys.put("flyway.password", db.password());
        keys.put("flyway.locations", "milmove:");
        keys.put("flyway.sqlMigrationPrefix", "");
        keys.put("flyway.sqlMigrationSeparator", "_");
        keys.put("flyway.sqlMigrationSuffixes", ".up.sql,.up.fizz");
        keys.put("flyway.outOfOrder", "true");
        keys.put("flyway.placeholderReplacement", "false");
        keys.put("flyway.milmove.manifest", project.resolve("migrations_manifest.txt").toString());
        keys.put("flyway.milmove.migrationPath", migrationPath());
        keys.put("flyway.milmove.s3Region", S3TestServer.REGION);
        keys.put("flyway.milmove.s3Endpoint", server.endpoint().toString());
        return keys;
    }
}
