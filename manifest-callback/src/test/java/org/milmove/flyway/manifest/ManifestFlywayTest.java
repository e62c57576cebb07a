package org.milmove.flyway.manifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.milmove.testsupport.InMemoryMigrations;
import org.milmove.testsupport.TestDatabase;
import org.milmove.testsupport.WithPostgres;

@WithPostgres
class ManifestFlywayTest {
    private final TestDatabase db;

    ManifestFlywayTest(TestDatabase db) {
        this.db = db;
    }

    @BeforeEach
    void emptyDatabase() throws SQLException {
        db.emptyPublicSchema();
    }

    @Test
    void appliesListedFilesInVersionOrderAndNeverRunsUnlistedOnes() throws SQLException {
        var files = new InMemoryMigrations()
                .put("20200102000000_second.up.sql", "INSERT INTO log VALUES ('second');")
                .put("20200101000000_first.up.sql", "CREATE TABLE log (entry text); INSERT INTO log VALUES ('first');")
                .put("20200101500000_unlisted_and_broken.up.sql", "THIS IS NOT SQL;");

        flyway(files, """
                20200102000000_second.up.sql
                20200101000000_first.up.sql
                """).migrate();

        assertThat(db.column("SELECT entry FROM log")).containsExactly("first", "second");
        assertThat(db.column("SELECT version FROM flyway_schema_history ORDER BY installed_rank"))
                .containsExactly("20200101000000", "20200102000000");
    }

    @Test
    void listedButMissingFilesFailBeforeAnythingIsApplied() throws SQLException {
        var files = new InMemoryMigrations()
                .put("20200101000000_present.up.sql", "CREATE TABLE present (id int);");
        Flyway flyway = flyway(files, """
                20200101000000_present.up.sql
                20200102000000_missing_one.up.sql
                20200103000000_missing_two.up.sql
                """);

        for (Consumer<Flyway> command : List.<Consumer<Flyway>>of(Flyway::migrate, Flyway::validate, Flyway::info, Flyway::repair)) {
            assertThatThrownBy(() -> command.accept(flyway))
                    .hasRootCauseInstanceOf(ManifestException.class)
                    .hasMessageContaining("2 migrations listed in manifest.txt could not be found:")
                    .hasMessageContaining("20200102000000_missing_one.up.sql (line 2)")
                    .hasMessageContaining("20200103000000_missing_two.up.sql (line 3)")
                    .hasMessageContaining("Searched: memory:test");
        }
        assertThat(db.column("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"))
                .doesNotContain("present");
    }

    @Test
    void scriptsNamedAfterFlywayCallbacksNeverRunAsNoManifestLineCanNameThem() throws SQLException {
        var files = new InMemoryMigrations()
                .put("20200101000000_create_log.up.sql", "CREATE TABLE log (entry text);")
                .put("beforeMigrate.sql", "CREATE TABLE before_migrate_ran (id int);")
                .put("afterEachMigrate.sql", "INSERT INTO log VALUES ('callback');");

        flyway(files, "20200101000000_create_log.up.sql\n").migrate();

        assertThat(db.column("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"))
                .contains("log").doesNotContain("before_migrate_ran");
        assertThat(db.column("SELECT entry FROM log")).isEmpty();
    }

    @Test
    void unlistedFilesAreInvisibleToInfo() {
        var files = new InMemoryMigrations()
                .put("20200101000000_listed.up.sql", "SELECT 1;")
                .put("20200102000000_unlisted.up.sql", "SELECT 1;");

        var info = flyway(files, "20200101000000_listed.up.sql\n").info().all();

        assertThat(info).extracting(i -> i.getVersion().getVersion()).containsExactly("20200101000000");
    }

    @Test
    void createIndexConcurrentlyIsNotBlockedByFlywaysOwnLock() throws SQLException {
        var files = new InMemoryMigrations()
                .put("20200101000000_orders.up.sql", "CREATE TABLE orders (id int);")
                .put("20200102000000_orders_index.up.sql", "CREATE INDEX CONCURRENTLY orders_id ON orders (id);");
        Flyway flyway = flyway(files, "20200101000000_orders.up.sql\n20200102000000_orders_index.up.sql\n");

        // A hang guard, not a timing: with Flyway's transactional lock the index build waits for that lock forever.
        assertTimeoutPreemptively(Duration.ofMinutes(1), () -> flyway.migrate());

        assertThat(db.column("SELECT indexname FROM pg_indexes WHERE tablename = 'orders'")).containsExactly("orders_id");
    }

    private Flyway flyway(InMemoryMigrations files, String manifestText) {
        var listed = new ManifestResourceProvider(Manifest.parse("manifest.txt", manifestText), files, List.of("memory:test"));
        return MilMoveConventions.apply(Flyway.configure())
                .dataSource(db.dataSource())
                .resourceProvider(listed)
                .callbacks(new ManifestCallback(listed))
                .load();
    }

}
