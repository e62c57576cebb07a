package org.milmove.pricing;

import java.nio.file.Path;
import org.flywaydb.core.Flyway;
import org.milmove.flyway.manifest.MilMoveConventions;
import org.milmove.testsupport.TestDatabase;

/** The project's own migrations (the re_* tables and the re_services seed) applied to a test database. */
public final class ReSchema {
    private static final Path APP = Path.of("..", "migrations", "app").toAbsolutePath().normalize();

    private ReSchema() {
    }

    public static void apply(TestDatabase db) {
        MilMoveConventions.apply(Flyway.configure())
                .dataSource(db.dataSource())
                .locations("filesystem:" + APP.resolve("schema"), "filesystem:" + APP.resolve("secure"))
                .load()
                .migrate();
    }
}
