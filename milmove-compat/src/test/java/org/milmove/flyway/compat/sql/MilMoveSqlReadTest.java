package org.milmove.flyway.compat.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MilMoveSqlReadTest {
    private final List<CutShort> reported = new ArrayList<>();

    @Test
    void rawMigrationGivesLinesTwoToTheEndUntouched() throws IOException {
        String file = """
                -- POP RAW MIGRATION --
                CREATE FUNCTION f() RETURNS int AS $$
                  SELECT 1; -- a comment inside
                $$ LANGUAGE sql;
                   SELECT pg_catalog.set_config('search_path', '', false);""";

        assertThat(read(file)).isEqualTo("""
                CREATE FUNCTION f() RETURNS int AS $$
                  SELECT 1; -- a comment inside
                $$ LANGUAGE sql;
                   SELECT pg_catalog.set_config('search_path', '', false);
                """);
        assertThat(reported).isEmpty();
    }

    @Test
    void searchPathLinesAreDroppedAndCommentsAndIndentationKept() throws IOException {
        String file = """
                -- Dumped by pg_dump
                SELECT pg_catalog.set_config('search_path', '', false);
                  SET client_min_messages = warning; -- keep me
                -- SELECT pg_catalog.set_config('search_path', 'x', false);
                SELECT 1; -- pg_catalog.set_config('search_path' only in a comment
                """;

        assertThat(read(file)).isEqualTo("""
                -- Dumped by pg_dump
                  SET client_min_messages = warning; -- keep me
                -- SELECT pg_catalog.set_config('search_path', 'x', false);
                SELECT 1; -- pg_catalog.set_config('search_path' only in a comment
                """);
    }

    @Test
    void copyDataIsReadAsMilMoveReadsIt() throws IOException {
        String file = """
                COPY public.holidays (country, day, name) FROM stdin;
                \tUS\t2025-01-01\tNew Year
                \tAK\t2025-03-31\tn\\a

                \tHI\t\\N\t\\N
                  \\.
                SELECT 1;
                """;

        assertThat(read(file)).isEqualTo("""
                COPY public.holidays (country, day, name) FROM stdin;
                US\t2025-01-01\tNew Year
                AK\t2025-03-31\tn\\\\a
                HI\t\\N\t\\N
                \\.
                SELECT 1;
                """);
    }

    @Test
    void aFieldOnlyPartlyNullOrEmptyKeepsItsShape() throws IOException {
        String file = "COPY t (a, b, c, d) FROM stdin;\nx\\N\t\t\\\\N\t\n\\.\n";

        assertThat(read(file)).isEqualTo("COPY t (a, b, c, d) FROM stdin;\nx\\\\N\t\t\\\\\\\\N\t\n\\.\n");
    }

    @Test
    void onlyMilMovesFormOfCopyIsReadAsCopy() throws IOException {
        String file = "copy t (a) from stdin;\n\tx\\y\n\\.\nCOPY t FROM stdin;\n\tx\\y\n\\.\n";

        assertThat(read(file)).isEqualTo(file);
    }

    @Test
    void crlfLinesEndInLfAndALoneCrStays() throws IOException {
        String file = "SELECT 1;\r\nSELECT '\r';\r\nCOPY t (a) FROM stdin;\r\n\tv\r\r\n\\.\r\n";

        assertThat(read(file)).isEqualTo("SELECT 1;\nSELECT '\r';\nCOPY t (a) FROM stdin;\nv\\r\n\\.\n");
    }

    @Test
    void anOrdinaryFileIsNotReported() throws IOException {
        read("""
                DO $$ BEGIN PERFORM 1; END $$;
                CREATE OR REPLACE FUNCTION f() RETURNS int AS $body$ SELECT 1 $body$ LANGUAGE sql;
                """);

        assertThat(reported).isEmpty();
    }

    @Test
    void aFileMilMoveCutsShortIsReportedOnceAtTheEnd() throws IOException {
        Reader reader = MilMoveSql.read(new StringReader("""
                SELECT 1;
                INSERT INTO t VALUES (1) ON CONFLICT DO NOTHING;
                SELECT 2;
                """), reported::add);

        char[] firstLine = new char[10];
        assertThat(reader.read(firstLine)).isEqualTo(10);
        assertThat(reported).isEmpty();
        drain(reader);
        assertThat(reader.read()).isEqualTo(-1);

        assertThat(reported).containsExactly(new CutShort(2, "`DO NOTHING;` on line 2 starts a block that ends only "
                + "at another `NOTHING;` (MilMove's splitter takes `DO` for the start of a `DO $$ ... $$` block), and "
                + "it is still open at the end of the file"));
    }

    @Test
    void aRawFileWithALineGoCannotReadIsReported() throws IOException {
        String longLine = "SELECT '" + "x".repeat(70_000) + "';";

        assertThat(read("-- POP RAW MIGRATION --\nSELECT 1;\n" + longLine + "\nSELECT 2;\n"))
                .isEqualTo("SELECT 1;\n" + longLine + "\nSELECT 2;\n");
        assertThat(reported).extracting(CutShort::line).containsExactly(3);
    }

    @Test
    void aCopyWithoutItsClosingLineIsRefusedAtTheEndOfTheFile() {
        String file = "CREATE TABLE t (a text);\nCOPY t (a) FROM stdin;\nsecret row\n";

        assertThatThrownBy(() -> read(file))
                .isInstanceOf(IOException.class)
                .hasMessage("the file ends inside the data of a COPY ... FROM stdin, before its closing line \\.;"
                        + " end the data with a line holding only \\.");
    }

    private String read(String file) throws IOException {
        try (Reader reader = MilMoveSql.read(new StringReader(file), reported::add)) {
            return drain(reader);
        }
    }

    private static String drain(Reader reader) throws IOException {
        StringBuilder out = new StringBuilder();
        char[] buffer = new char[7];
        for (int n; (n = reader.read(buffer)) >= 0; ) {
            out.append(buffer, 0, n);
        }
        return out.toString();
    }
}
