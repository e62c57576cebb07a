package org.milmove.pricing.dump;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.milmove.testsupport.TestDatabase;
import org.milmove.testsupport.WithPostgres;

/** The test-only reading stores what MilMove stores, not what server-side COPY would: it can tell the two apart. */
@WithPostgres
class GoMigratorReadingTest {
    private final TestDatabase db;
    @TempDir
    Path dir;

    GoMigratorReadingTest(TestDatabase db) {
        this.db = db;
    }

    @BeforeEach
    void table() throws Exception {
        PricingData.execute(db, "DROP TABLE IF EXISTS re_read; CREATE TABLE re_read (code text, note text)");
    }

    @Test
    void copyDataKeepsBackslashesAndDashesButLosesLeadingWhitespace() throws Exception {
        Path file = write("""
                -- a comment; with 'quotes' and a ? mark
                SET standard_conforming_strings = on;
                COPY public.re_read (code, note) FROM stdin;
                  a\tC:\\\\path -- kept\\N
                b\t\\N

                \\.
                INSERT INTO re_read VALUES ('c', 'it''s; fine');
                """);

        GoMigratorReading.apply(db, file);

        assertThat(rows()).containsExactly("a|C:\\\\path -- kept\\N", "b|null", "c|it's; fine");
    }

    @Test
    void aQuestionMarkOrADoBlockInAStatementFails() throws Exception {
        assertThatThrownBy(() -> GoMigratorReading.apply(db, write("INSERT INTO re_read VALUES ('what?', NULL);\n")))
                .isInstanceOf(AssertionError.class).hasMessageContaining("pop would rewrite the ?");
        assertThatThrownBy(() -> GoMigratorReading.apply(db, write("INSERT INTO re_read VALUES ('x', 'y') ON CONFLICT DO NOTHING;\n")))
                .isInstanceOf(AssertionError.class).hasMessageContaining("DO block");
    }

    private Path write(String text) throws Exception {
        return Files.writeString(dir.resolve("file.sql"), text);
    }

    private List<String> rows() throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection c = db.connect(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT code, note FROM re_read ORDER BY code")) {
            while (rs.next()) {
                rows.add(rs.getString(1) + "|" + rs.getString(2));
            }
        }
        return rows;
    }
}
