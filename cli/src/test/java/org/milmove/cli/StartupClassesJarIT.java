package org.milmove.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.milmove.testsupport.TestDatabase;
import org.milmove.testsupport.WithPostgres;

/**
 * The everyday commands over local folders load only what they use: no AWS SDK (nor its HTTP client), no POI, no
 * embedded PostgreSQL. Each class costs start-up time, and the JVM's own class-loading log tells which were loaded.
 */
@WithPostgres
class StartupClassesJarIT {
    private static final List<String> NOT_NEEDED = List.of("software.amazon.awssdk.", "org.apache.http.",
            "org.apache.poi.", "io.zonky.", "org.milmove.pricing.");

    @TempDir
    Path dir;
    private MigrationProject project;

    @BeforeEach
    void repositorysMigrations() {
        project = MigrationProject.ofRepository(dir.resolve("migrations/app"));
    }

    @Test
    void manifestCheckLoadsNeitherS3NorPoiNorAnEmbeddedServer() throws Exception {
        List<String> classes = classesLoadedBy("manifest", "check");

        assertThat(classes).contains("org.milmove.flyway.manifest.Manifest");
        assertThat(classes).filteredOn(StartupClassesJarIT::notNeeded).isEmpty();
    }

    @Test
    void infoLoadsNeitherS3NorPoiNorAnEmbeddedServer(TestDatabase db) throws Exception {
        List<String> classes = classesLoadedBy(project.args("info", db).toArray(String[]::new));

        assertThat(classes).contains("org.flywaydb.core.Flyway", "org.milmove.flyway.resolver.S3Settings");
        assertThat(classes).filteredOn(StartupClassesJarIT::notNeeded).isEmpty();
    }

    @Test
    void aNoOpMigrateLoadsNeitherS3NorPoiNorAnEmbeddedServer(TestDatabase db) throws Exception {
        String[] migrate = project.args("migrate", db).toArray(String[]::new);
        CliResult first = new MilmoveProcess(dir, Map.of()).run(migrate);
        assertThat(first.exitCode()).as(first.all()).isZero();

        List<String> classes = classesLoadedBy(migrate);

        assertThat(classes).contains("org.flywaydb.core.Flyway");
        assertThat(classes).filteredOn(StartupClassesJarIT::notNeeded).isEmpty();
    }

    /** The classes a successful run of {@code args} loaded, from {@code -Xlog:class+load}, one name each. */
    private List<String> classesLoadedBy(String... args) throws IOException, InterruptedException {
        Path log = dir.resolve("class-load.log");
        CliResult result = new MilmoveProcess(dir, Map.of(), List.of("-Xlog:class+load=info:file=" + log)).run(args);
        assertThat(result.exitCode()).as(result.all()).isZero();
        // Lines read "[0.012s][info][class,load] java.lang.Object source: jrt:/java.base".
        return Files.readAllLines(log).stream()
                .map(line -> line.substring(line.indexOf("] ") + 2).split(" ")[0])
                .toList();
    }

    private static boolean notNeeded(String className) {
        return NOT_NEEDED.stream().anyMatch(className::startsWith);
    }
}
