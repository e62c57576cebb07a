package org.milmove.cli.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/** The built jar carries the PostgreSQL bundles that PostgresBundle names, and no other. */
class PostgresBundlesJarIT {
    @Test
    void theJarHoldsExactlyTheBundlesOfItsPlatforms() throws Exception {
        try (ZipFile jar = new ZipFile(Path.of(System.getProperty("milmove.jar")).toFile())) {
            assertThat(jar.stream().map(e -> e.getName()).filter(name -> name.matches("(.*/)?postgres-[^/]*\\.txz")))
                    .containsExactlyInAnyOrderElementsOf(
                            Arrays.stream(PostgresBundle.values()).map(PostgresBundle::resource).toList());
        }
    }
}
