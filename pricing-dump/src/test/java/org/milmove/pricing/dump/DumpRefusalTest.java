package org.milmove.pricing.dump;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.milmove.testsupport.PgDump;
import org.milmove.testsupport.TestDatabase;
import org.milmove.testsupport.WithPostgres;
import org.postgresql.ds.PGSimpleDataSource;

/** What no dump can carry so that server-side COPY and MilMove's migrator load it alike is refused, by name. */
@WithPostgres
class DumpRefusalTest {
    private final TestDatabase db;

    DumpRefusalTest(TestDatabase db) {
        this.db = db;
    }

    @BeforeAll
    static void tables(TestDatabase db) throws Exception {
        PricingData.execute(db, """
                CREATE TABLE re_long_values (id integer PRIMARY KEY, note text, doc text);
                INSERT INTO re_long_values VALUES (6, 'fits', 'short'), (7, 'too long', '\\' || repeat('a', 50000));
                CREATE TABLE re_long_plain (code text, doc text);
                INSERT INTO re_long_plain VALUES ('x', repeat('b', 70000));
                CREATE TABLE re_quoted_columns (id integer PRIMARY KEY, "Order" integer);
                CREATE DOMAIN "what?" AS text;
                CREATE TABLE re_odd_types (id integer PRIMARY KEY, v "what?");
                INSERT INTO re_odd_types VALUES (1, 'plain')""");
    }

    @ParameterizedTest
    @EnumSource(value = Engine.class, names = {"JDBC", "PG_DUMP"})
    void aRowWhoseInsertLineIsLongerThanMilMoveReadsIsRefusedByTableKeyAndColumn(Engine engine) {
        if (engine == Engine.PG_DUMP) {
            PgDump.assumeOnPath();
        }
        assertThatThrownBy(() -> dump("re_long_values", engine))
                .isInstanceOf(DumpException.class)
                .hasMessageStartingWith("Row (id)=(7) of public.re_long_values needs a line of ")
                .hasMessageContaining("more than the 65535 that MilMove's migrator reads")
                .hasMessageEndingWith("its largest value is in column doc: shorten that value or leave the table out with --exclude");
    }

    @Test
    void aLongCopyRowIsRefusedTooAndARowOfATableWithoutKeyIsNamedByItsPlace() {
        assertThatThrownBy(() -> dump("re_long_plain", Engine.JDBC))
                .isInstanceOf(DumpException.class)
                .hasMessageStartingWith("Row 1 (the table has no primary key) of public.re_long_plain needs a line of 70002 bytes")
                .hasMessageContaining("column doc");
    }

    @Test
    void aColumnNameThatNeedsQuotesIsRefusedBeforeAnyDataIsRead() {
        assertThatThrownBy(() -> dump("re_quoted_columns", Engine.JDBC))
                .isInstanceOf(DumpException.class)
                .hasMessage("Column \"Order\" of public.re_quoted_columns cannot be loaded by MilMove's migrator, which reads"
                        + " COPY column lists only for names of lower-case letters, digits and _; rename the column or leave"
                        + " the table out with --exclude");
    }

    @Test
    void aTypeNameMilMoveWouldChangeIsRefusedOnlyForARowThatNeedsAnInsert() throws Exception {
        assertThat(dump("re_odd_types", Engine.JDBC).insertRows()).isZero();

        PricingData.execute(db, "INSERT INTO re_odd_types VALUES (2, 'back\\\\slash')");
        try {
            assertThatThrownBy(() -> dump("re_odd_types", Engine.JDBC))
                    .isInstanceOf(DumpException.class)
                    .hasMessageStartingWith("Row (id)=(2) of public.re_odd_types must be written as an INSERT statement,"
                            + " but the type of its column v, \"what?\", has text that MilMove's migrator changes");
        } finally {
            PricingData.execute(db, "DELETE FROM re_odd_types WHERE id = 2");
        }
    }

    private DumpResult dump(String table, Engine engine) {
        return PricingDump.dump(DumpSource.of((PGSimpleDataSource) db.dataSource()), DumpRequest.of("C").withEngine(engine)
                .withSelection(TableSelection.of(List.of(table), List.of())), new ByteArrayOutputStream());
    }
}
