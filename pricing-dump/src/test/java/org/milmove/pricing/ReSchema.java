package org.milmove.pricing;

import java.nio.file.Files;
import java.nio.file.Path;
import org.flywaydb.core.Flyway;
import org.milmove.flyway.manifest.MilMoveConventions;
import org.milmove.testsupport.TestDatabase;

/** The project's own migrations (the re_* tables and the re_services seed) applied to a test database. */
public final class ReSchema {
    private static final Path APP = appMigrations();

    private ReSchema() {
    }

    /** The repository's migrations/app, found from the working directory (a module or the repository root). */
    private static Path appMigrations() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path app = dir.resolve("migrations").resolve("app");
            if (Files.isRegularFile(app.resolve("migrations_manifest.txt"))) {
                return app;
            }
        }
        throw new IllegalStateException("migrations/app was not found above " + Path.of("").toAbsolutePath());
    }

    public static void apply(TestDatabase db) {
        MilMoveConventions.apply(Flyway.configure())
                .dataSource(db.dataSource())
                .locations("filesystem:" + APP.resolve("schema"), "filesystem:" + APP.resolve("secure"))
                .load()
                .migrate();
    }
}
