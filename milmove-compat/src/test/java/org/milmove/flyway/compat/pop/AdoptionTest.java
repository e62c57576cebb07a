package org.milmove.flyway.compat.pop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.milmove.testsupport.InMemoryMigrations;
import org.milmove.testsupport.TestDatabase;
import org.milmove.testsupport.WithPostgres;

@WithPostgres
class AdoptionTest {
    private static final String POP_DDL = "CREATE TABLE schema_migration (version varchar(255) NOT NULL);"
            + " CREATE UNIQUE INDEX schema_migration_version_idx ON schema_migration (version);";

    private final TestDatabase db;
    private final InMemoryMigrations files = new InMemoryMigrations()
            .put("20180101000000_create_a.up.sql", "CREATE TABLE a (id int);")
            .put("20180102000000_create_b.up.sql", "CREATE TABLE b (id int);")
            .put("20180103000000_late_merge.up.sql", "CREATE TABLE gap (id int);")
            .put("20180104000000_fill_a.up.sql", "INSERT INTO a VALUES (1);");

    AdoptionTest(TestDatabase db) {
        this.db = db;
    }

    /** A database as pop left it: three files applied outside Flyway, 20180103000000 (merged late) not yet. */
    @BeforeEach
    void popMigratedDatabase() throws SQLException {
        db.emptyPublicSchema();
        db.execute(POP_DDL + "CREATE TABLE a (id int); CREATE TABLE b (id int); INSERT INTO a VALUES (1);"
                + " INSERT INTO schema_migration VALUES ('20180101000000'), ('20180102000000'), ('20180104000000'),"
                + " ('20170101000000');");
    }

    @Test
    void adoptionWritesFlywaysOwnRowsSoMigrateAppliesOnlyTheGapAndNewFiles() throws SQLException {
        Flyway flyway = flyway();
        AdoptionPlan plan = Adoption.plan(flyway);

        assertThat(plan.adopted()).extracting(AdoptedMigration::version)
                .containsExactly("20180101000000", "20180102000000", "20180104000000");
        assertThat(plan.pending()).containsExactly("20180103000000");
        assertThat(plan.unresolved()).containsExactly("20170101000000");

        Adoption.adopt(flyway, plan);

        assertThat(db.column("SELECT version || ' ' || installed_rank || ' ' || script || ' ' || installed_by"
                + " FROM flyway_schema_history ORDER BY installed_rank")).containsExactly(
                "20180101000000 1 20180101000000_create_a.up.sql milmove-adopt",
                "20180102000000 2 20180102000000_create_b.up.sql milmove-adopt",
                "20180104000000 3 20180104000000_fill_a.up.sql milmove-adopt");
        files.put("20190101000000_new.up.sql", "INSERT INTO a VALUES (2);");
        MigrateResult result = flyway().migrate();

        assertThat(result.migrations).extracting(m -> m.version).containsExactly("20180103000000", "20190101000000");
        assertThat(db.column("SELECT id FROM a ORDER BY id")).containsExactly("1", "2");
        assertThat(flyway().validateWithResult().validationSuccessful).isTrue();
        assertThat(db.column("SELECT version FROM schema_migration ORDER BY version")).containsExactly(
                "20170101000000", "20180101000000", "20180102000000", "20180103000000", "20180104000000", "20190101000000");
    }

    @Test
    void aSecondAdoptionAndMigratingBeforeAdoptionAreRefused() {
        assertThatThrownBy(() -> Adoption.requireAdopted(flyway().getConfiguration()))
                .isInstanceOf(AdoptionException.class)
                .hasMessageContaining("records 4 applied migrations in pop's schema_migration")
                .hasMessageContaining("milmove db adopt");
        Adoption.adopt(flyway(), Adoption.plan(flyway()));

        Adoption.requireAdopted(flyway().getConfiguration());
        assertThatThrownBy(() -> Adoption.plan(flyway()))
                .isInstanceOf(AdoptionException.class)
                .hasMessageContaining("already adopted")
                .hasMessageContaining("has 3 rows");
    }

    @Test
    void planningWritesNothing() throws SQLException {
        Adoption.plan(flyway());

        assertThat(db.column("SELECT to_regclass('flyway_schema_history')::text")).containsOnlyNulls();
    }

    @Test
    void aDatabaseWithoutPopHistoryHasNothingToAdopt() throws SQLException {
        db.emptyPublicSchema();

        assertThatThrownBy(() -> Adoption.plan(flyway()))
                .isInstanceOf(AdoptionException.class)
                .hasMessageContaining("no pop schema_migration table");
        Adoption.requireAdopted(flyway().getConfiguration());
    }

    @Test
    void aFreshDatabaseGetsPopsTableAndEveryAppliedVersion() throws SQLException {
        db.emptyPublicSchema();
        files.put("20180105000000_comment.up.sql", "COMMENT ON TABLE schema_migration IS 'pop''s history';");

        flyway().migrate();

        assertThat(db.column("SELECT version FROM schema_migration ORDER BY version")).containsExactly(
                "20180101000000", "20180102000000", "20180103000000", "20180104000000", "20180105000000");
        assertThat(db.column("SELECT obj_description('schema_migration'::regclass)")).containsExactly("pop's history");
    }

    @Test
    void aFailedMigrationLeavesNeitherHistory() throws SQLException {
        db.emptyPublicSchema();
        files.put("20180105000000_broken.up.sql", "INSERT INTO a VALUES (9); SELECT no_such_function();");

        assertThatThrownBy(() -> flyway().migrate()).hasMessageContaining("no_such_function");

        assertThat(db.column("SELECT version FROM schema_migration ORDER BY version")).doesNotContain("20180105000000");
        assertThat(db.column("SELECT version FROM flyway_schema_history WHERE success")).doesNotContain("20180105000000");
        assertThat(db.column("SELECT id FROM a")).containsExactly("1");
    }

    private Flyway flyway() {
        return Flyway.configure()
                .dataSource(db.dataSource())
                .sqlMigrationPrefix("")
                .sqlMigrationSeparator("_")
                .sqlMigrationSuffixes(".up.sql")
                .outOfOrder(true)
                .placeholderReplacement(false)
                .resourceProvider(files)
                .callbacks(new PopHistoryCallback())
                .load();
    }
}
