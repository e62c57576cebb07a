package org.milmove.flyway.compat.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.milmove.testsupport.InMemoryMigrations;
import org.milmove.testsupport.TestDatabase;
import org.milmove.testsupport.WithPostgres;

/** Both readings through Flyway 13 into PostgreSQL 15: what gets stored, and what fails without them. */
@WithPostgres
class MilMoveSqlFlywayTest {
    private static final String HOLIDAYS = """
            CREATE TABLE holidays (country text, day date, name text);
            COPY public.holidays (country, day, name) FROM stdin;
            \tUS\t2025-01-01\tNew Year
            \tAK\t2025-03-31\tn\\a

            \tHI\t2025-06-11\t\\N
            \\.
            """;

    private final TestDatabase db;
    private final List<CutShort> reported = new ArrayList<>();

    MilMoveSqlFlywayTest(TestDatabase db) {
        this.db = db;
    }

    @BeforeEach
    void emptyDatabase() throws SQLException {
        db.emptyPublicSchema();
    }

    @Test
    void copyRowsStartingWithATabApplyAndStoreWhatMilMoveStored() throws SQLException {
        migrate(this::read, "20250513195206_holidays.up.sql", HOLIDAYS);

        assertThat(db.column("SELECT country || '|' || day || '|' || coalesce(name, 'NULL') FROM holidays"))
                .containsExactly("US|2025-01-01|New Year", "AK|2025-03-31|n\\a", "HI|2025-06-11|NULL");
        assertThat(reported).isEmpty();
    }

    @Test
    void asWrittenTheSameCopyDataFailsInFlyway() throws SQLException {
        assertThatThrownBy(() -> migrate(UnaryOperator.identity(), "20250513195206_holidays.up.sql", HOLIDAYS))
                .hasStackTraceContaining("extra data after last expected column");
        assertThat(db.column("SELECT count(*) FROM flyway_schema_history WHERE success")).containsExactly("0");
    }

    @Test
    void aRawMigrationWithADollarQuotedFunctionApplies() throws SQLException {
        migrate(this::read, "20220201170324_add_one.up.sql", """
                -- POP RAW MIGRATION --
                CREATE FUNCTION add_one(i int) RETURNS int AS $$
                BEGIN
                    RETURN i + 1; -- inside the body
                END;
                $$ LANGUAGE plpgsql;
                """);

        assertThat(db.column("SELECT add_one(41)")).containsExactly("42");
    }

    @Test
    void pgDumpsSearchPathLineNoLongerEmptiesTheSearchPath() throws SQLException {
        String file = """
                SELECT pg_catalog.set_config('search_path', '', false);
                CREATE TABLE unqualified (id int);
                """;

        migrate(this::read, "20200101000000_dump.up.sql", file);
        assertThat(db.column("SELECT to_regclass('public.unqualified')")).containsExactly("unqualified");

        db.emptyPublicSchema();
        assertThatThrownBy(() -> migrate(UnaryOperator.identity(), "20200101000000_dump.up.sql", file))
                .hasStackTraceContaining("no schema has been selected to create in");
    }

    @Test
    void aReplayRunsOnlyWhatMilMoveRanAndItsCopyStatement() throws SQLException {
        migrate(MilMoveSqlFlywayTest::replay, "20240405190435_privileges.up.sql", """
                CREATE TABLE privileges (id int PRIMARY KEY, name text);
                COPY privileges (id, name) FROM stdin;
                1\tn\\a
                \\.
                INSERT INTO privileges VALUES (2, 'safety') ON CONFLICT DO NOTHING;
                INSERT INTO privileges VALUES (3, 'never');
                """);

        assertThat(db.column("SELECT id || '|' || name FROM privileges ORDER BY id")).containsExactly("1|n\\a");
        assertThat(db.column("SELECT version FROM flyway_schema_history WHERE success"))
                .containsExactly("20240405190435");
    }

    private Reader read(Reader file) {
        return MilMoveSql.read(file, reported::add);
    }

    private static Reader replay(Reader file) {
        try {
            return new StringReader(MilMoveSql.replay(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void migrate(UnaryOperator<Reader> reading, String name, String sql) {
        Flyway.configure()
                .dataSource(db.dataSource())
                .sqlMigrationPrefix("")
                .sqlMigrationSeparator("_")
                .sqlMigrationSuffixes(".up.sql")
                .placeholderReplacement(false)
                .resourceProvider(new InMemoryMigrations(reading).put(name, sql))
                .load()
                .migrate();
    }
}
