package org.milmove.flyway.compat.ddl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.milmove.testsupport.InMemoryMigrations.file;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.milmove.testsupport.TestDatabase;
import org.milmove.testsupport.WithPostgres;

@WithPostgres
class DdlRunnerTest {
    private final TestDatabase db;

    DdlRunnerTest(TestDatabase db) {
        this.db = db;
    }

    @BeforeEach
    void emptyDatabase() throws SQLException {
        db.emptyPublicSchema();
    }

    @Test
    void phasesRunInOrderEveryTimeAndReportEachFile() throws SQLException {
        List<DdlPhase> phases = List.of(
                new DdlPhase("DDL types", List.of(file("20250101000000_ty_status.up.sql", """
                        DO $$ BEGIN
                            IF NOT EXISTS (SELECT 1 FROM pg_type WHERE typname = 'status') THEN
                                CREATE TYPE status AS ENUM ('a', 'b');
                            END IF;
                        END $$;"""))),
                new DdlPhase("DDL tables", List.of(file("20250101000001_tbl_things.up.sql", """
                        CREATE TABLE IF NOT EXISTS things (id int PRIMARY KEY, s status);
                        ALTER TABLE things ADD COLUMN IF NOT EXISTS note text; -- idempotent
                        """))),
                new DdlPhase("DDL functions", List.of(file("20250101000002_fn_count.up.sql", """
                        CREATE OR REPLACE FUNCTION thing_count() RETURNS bigint AS $body$
                            SELECT count(*) FROM things;
                        $body$ LANGUAGE sql;"""))));
        List<String> reported = new ArrayList<>();

        DdlRunner.run(db.dataSource(), phases, r -> reported.add(r.phase() + ": " + r.file()));
        List<DdlResult> again = DdlRunner.run(db.dataSource(), phases, r -> { });

        assertThat(reported).containsExactly("DDL types: 20250101000000_ty_status.up.sql",
                "DDL tables: 20250101000001_tbl_things.up.sql", "DDL functions: 20250101000002_fn_count.up.sql");
        assertThat(again).hasSize(3);
        assertThat(db.column("SELECT thing_count()")).containsExactly("0");
        assertThat(db.column("SELECT column_name FROM information_schema.columns WHERE table_name = 'things'"
                + " ORDER BY ordinal_position")).containsExactly("id", "s", "note");
    }

    @Test
    void aFailingFileIsRolledBackWholeAndNamed() throws SQLException {
        var phase = new DdlPhase("DDL views", List.of(file("20250101000003_vw_broken.up.sql",
                "CREATE TABLE half (id int); CREATE VIEW v AS SELECT * FROM no_such_table;")));

        assertThatThrownBy(() -> DdlRunner.run(db.dataSource(), List.of(phase), r -> { }))
                .isInstanceOf(DdlMigrationException.class)
                .hasMessageContaining("DDL views file memory:20250101000003_vw_broken.up.sql failed and was rolled back")
                .hasMessageContaining("no_such_table");
        assertThat(db.column("SELECT to_regclass('half')::text")).containsOnlyNulls();
    }

    @Test
    void copyDataIsRefusedWithWhatToDo() {
        var phase = new DdlPhase("DDL tables", List.of(file("20250101000004_tbl_data.up.sql",
                "CREATE TABLE d (id int);\nCOPY d (id) FROM stdin;\n1\n\\.\n")));

        assertThatThrownBy(() -> DdlRunner.run(db.dataSource(), List.of(phase), r -> { }))
                .isInstanceOf(DdlMigrationException.class)
                .hasMessageContaining("has COPY ... FROM stdin")
                .hasMessageContaining("move the data into a migration of the main or DML manifest");
    }

    @Test
    void checkRefusesWhatRunWouldRefuseWithoutTouchingTheDatabase() throws SQLException {
        var fine = new DdlPhase("DDL types", List.of(file("20250101000005_ty_fine.up.sql", "CREATE TYPE fine AS ENUM ('a');")));
        var copy = new DdlPhase("DDL tables", List.of(file("20250101000004_tbl_data.up.sql",
                "CREATE TABLE d (id int);\nCOPY d (id) FROM stdin;\n1\n\\.\n")));

        DdlRunner.check(List.of(fine));
        assertThatThrownBy(() -> DdlRunner.check(List.of(fine, copy)))
                .isInstanceOf(DdlMigrationException.class)
                .hasMessageContaining("DDL tables file ").hasMessageContaining("has COPY ... FROM stdin");
        assertThat(db.column("SELECT count(*) FROM pg_type WHERE typname = 'fine'")).containsExactly("0");
    }
}
