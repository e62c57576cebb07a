package org.milmove.flyway.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.milmove.flyway.compat.ddl.DdlResult;
import org.milmove.flyway.resolver.S3Settings;
import org.milmove.testsupport.Readme;
import org.milmove.testsupport.S3TestServer;
import org.milmove.testsupport.TestDatabase;
import org.milmove.testsupport.WithPostgres;
import org.milmove.testsupport.WithS3;

/** The composition root against a real PostgreSQL and a real S3-protocol server, README example included. */
@WithPostgres
@WithS3
class MilMoveFlywayTest {
    private static final Path SOURCE = Path.of("src/test/java/org/milmove/flyway/setup/MilMoveFlywayTest.java");

    @TempDir
    Path project;

    private String bucket;
    private S3Settings s3;

    @BeforeEach
    void files(TestDatabase db, S3TestServer server) throws Exception {
        db.emptyPublicSchema();
        Files.createDirectories(project.resolve("schema"));
        write("schema/20250101000000_create_people.up.sql", "CREATE TABLE people (name text, age int);");
        bucket = server.newBucket("service-secure");
        s3 = S3Settings.aws().withRegion(S3TestServer.REGION).withEndpoint(server.endpoint());
        S3TestServer.useItsCredentials();
    }

    @AfterEach
    void forgetCredentials() {
        S3TestServer.forgetCredentials();
    }

    @Test
    void theReadmeExampleMigratesFromAFolderAndS3(TestDatabase db, S3TestServer server) throws Exception {
        upload(server, "20250102000000_load_people.up.sql", "COPY people (name, age) FROM stdin;\n  Ada\t36\n\\.\n");
        write("migrations_manifest.txt", "20250101000000_create_people.up.sql\n20250102000000_load_people.up.sql\n");

        readmeExample(project.resolve("migrations_manifest.txt"), migrationPath(), s3, db.dataSource());

        // MilMove's reading of COPY data: leading whitespace stripped.
        assertThat(db.column("SELECT name || ' ' || age FROM people")).containsExactly("Ada 36");
        assertThat(Readme.blocks("java")).contains(Readme.marked(SOURCE));
    }

    @Test
    void aFailingSecureMigrationIsReportedWithoutItsContents(TestDatabase db, S3TestServer server) throws Exception {
        upload(server, "20250102000000_load_people.up.sql", "INSERT INTO people (name, age) VALUES ('Ada', 'secret-age');");
        write("migrations_manifest.txt", "20250101000000_create_people.up.sql\n20250102000000_load_people.up.sql\n");

        assertThatThrownBy(() -> readmeExample(project.resolve("migrations_manifest.txt"), migrationPath(), s3, db.dataSource()))
                .isInstanceOf(FlywayException.class)
                .hasMessageContaining("s3://" + bucket + "/secure/20250102000000_load_people.up.sql")
                .hasMessageNotContaining("secret-age")
                .hasMessageNotContaining("Ada");
        assertThat(db.column("SELECT count(*) FROM people")).containsExactly("0");
        assertThat(db.column("SELECT version FROM flyway_schema_history WHERE success")).containsExactly("20250101000000");
    }

    @Test
    void milMovesLayoutRunsMainThenDdlThenDmlInOneHistory(TestDatabase db) throws Exception {
        write("migrations_manifest.txt", "20250101000000_create_people.up.sql\n");
        write("dml_manifest.txt", "20250103000000_add_ada.up.sql\n");
        write("schema/20250103000000_add_ada.up.sql", "INSERT INTO people SELECT name, 36 FROM adults_template;");
        Files.createDirectories(project.resolve("ddl_views"));
        write("ddl_views_manifest.txt", "20250102000000_adults_template.up.sql\n");
        write("ddl_views/20250102000000_adults_template.up.sql", "CREATE OR REPLACE VIEW adults_template AS SELECT 'Ada'::text AS name;");
        MilMoveSettings settings = MilMoveSettings.of(project.resolve("migrations_manifest.txt"), project.resolve("schema").toString())
                .withDml(project.resolve("dml_manifest.txt"))
                .withDdl(List.of(MilMoveSettings.DdlFiles.read("DDL views", project.resolve("ddl_views_manifest.txt"),
                        project.resolve("ddl_views").toString()),
                        MilMoveSettings.DdlFiles.read("DDL functions", project.resolve("none.txt"), "ddl_functions")));

        List<String> steps = new ArrayList<>();
        try (MilMoveFlyway migrations = settings.open()) {
            Flyway main = migrations.configure().dataSource(db.dataSource()).validateOnMigrate(false).load();
            migrations.migrateInOrder(main, migrations.configureDml(main.getConfiguration()).map(FluentConfiguration::load),
                    false, new Recorded(steps));
            assertThat(migrations.skipped()).containsExactly("DDL functions: skipped, no manifest " + project.resolve("none.txt"));
        }

        assertThat(steps).containsExactly("main 1", "DDL views 20250102000000_adults_template.up.sql", "DML 1");
        assertThat(db.column("SELECT name FROM people")).containsExactly("Ada");
        assertThat(db.column("SELECT version FROM flyway_schema_history WHERE success ORDER BY installed_rank"))
                .containsExactly("20250101000000", "20250103000000");
    }

    @Test
    void aRunReadsEachFileOnceAndTheNextRunSeesItChanged(TestDatabase db) throws Exception {
        write("migrations_manifest.txt", "20250101000000_create_people.up.sql\n");
        write("dml_manifest.txt", "20250103000000_add_ada.up.sql\n");
        write("schema/20250103000000_add_ada.up.sql", "INSERT INTO people VALUES ('Ada', 36);");
        MilMoveSettings settings = MilMoveSettings.of(project.resolve("migrations_manifest.txt"), project.resolve("schema").toString())
                .withDml(project.resolve("dml_manifest.txt"));

        try (MilMoveFlyway migrations = settings.open()) {
            Flyway main = migrations.configure().dataSource(db.dataSource()).validateOnMigrate(false).load();
            Optional<Flyway> dml = migrations.configureDml(main.getConfiguration()).map(FluentConfiguration::load);
            migrations.migrateInOrder(main, dml, false, new MilMoveFlyway.Steps() {
                @Override
                public void mainApplied(MigrateResult result) {
                    // Validated (read and checksummed) before the main manifest ran: what runs is that text.
                    write("schema/20250103000000_add_ada.up.sql", "INSERT INTO people VALUES ('Grace', 45);");
                }
            });
            assertThat(db.column("SELECT name FROM people")).containsExactly("Ada");

            assertThatThrownBy(() -> migrations.migrateInOrder(main, dml, false, new MilMoveFlyway.Steps() { }))
                    .isInstanceOf(FlywayException.class)
                    .hasMessageContaining("Validation failed, nothing was migrated")
                    .hasMessageContaining("20250103000000");
        }
        assertThat(db.column("SELECT name FROM people")).containsExactly("Ada");
        assertThat(db.column("SELECT count(*) FROM flyway_schema_history")).containsExactly("2");
    }

    @Test
    void aFileListedInBothTheMainAndTheDmlManifestIsRefused() throws Exception {
        write("migrations_manifest.txt", "20250101000000_create_people.up.sql\n");
        write("dml_manifest.txt", "# DML\n20250101000000_create_people.up.sql\n");
        MilMoveSettings settings = MilMoveSettings.of(project.resolve("migrations_manifest.txt"), "schema");

        assertThatThrownBy(() -> settings.withDml(project.resolve("dml_manifest.txt")))
                .hasMessageContaining("20250101000000_create_people.up.sql (" + project.resolve("migrations_manifest.txt")
                        + " line 1, " + project.resolve("dml_manifest.txt") + " line 2)");
    }

    /** The README's example; its lines between the markers are compared with README.md. */
    private static void readmeExample(Path manifestFile, String migrationPath, S3Settings s3, DataSource dataSource) {
        // README begin
        try (MilMoveFlyway migrations = MilMoveSettings.of(manifestFile, migrationPath)   // a MIGRATION_PATH value
                .withS3(s3)                                                               // S3Settings.aws().withRegion(…)
                .open()) {
            Flyway flyway = migrations.configure().dataSource(dataSource).load();
            migrations.migrate(flyway);   // a secure migration's failure: file, line and SQL state only
        }
        // README end
    }

    /** Each step as one line: the migrations a manifest applied, or the DDL file that ran. */
    private record Recorded(List<String> steps) implements MilMoveFlyway.Steps {
        @Override
        public void mainApplied(MigrateResult result) {
            steps.add("main " + result.migrationsExecuted);
        }

        @Override
        public void ddlRan(DdlResult result) {
            steps.add(result.phase() + " " + result.file());
        }

        @Override
        public void dmlApplied(MigrateResult result) {
            steps.add("DML " + result.migrationsExecuted);
        }
    }

    private String migrationPath() {
        return project.resolve("schema") + ";s3://" + bucket + "/secure";
    }

    private void upload(S3TestServer server, String name, String text) {
        server.put(bucket, "secure/" + name, text);
    }

    private void write(String file, String text) {
        try {
            Files.writeString(project.resolve(file), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
