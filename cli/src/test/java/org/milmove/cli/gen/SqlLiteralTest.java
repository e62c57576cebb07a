package org.milmove.cli.gen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.milmove.cli.UserException;
import org.milmove.flyway.compat.sql.MilMoveSql;
import org.milmove.testsupport.TestDatabase;
import org.milmove.testsupport.WithPostgres;

@WithPostgres
class SqlLiteralTest {
    private static final List<String> HOSTILE = List.of("plain", "it's", "''", "'", "a--b", "---", "end-", "-- comment",
            "'; DROP TABLE users; --", "semi;colon", "back\\slash", "\\'", "\\", "line\nbreak", "cr\r\nlf", "tab\t",
            "what?", "$$", "DO $$ x", "unicode ☃ Ünïcødé 𝄞", "\u0085next line", "\u0001control", "  leading space");

    private final TestDatabase db;

    SqlLiteralTest(TestDatabase db) {
        this.db = db;
    }

    @Test
    void postgresReadsEveryValueBackWhateverStandardConformingStringsSays() throws Exception {
        for (String setting : List.of("on", "off")) {
            try (Connection c = db.connect(); Statement s = c.createStatement()) {
                s.execute("SET standard_conforming_strings = " + setting);
                for (String value : HOSTILE) {
                    try (ResultSet rs = s.executeQuery("SELECT " + SqlLiteral.of(value))) {
                        rs.next();
                        assertThat(rs.getString(1)).as("standard_conforming_strings=%s: %s", setting, value).isEqualTo(value);
                    }
                }
            }
        }
    }

    @Test
    void milMovesGoSplitterCutsNothingOutOfThemAndSplitsOneStatementALine() throws Exception {
        String file = HOSTILE.stream().map(value -> "SELECT " + SqlLiteral.of(value) + ";\n").collect(Collectors.joining());

        assertThat(MilMoveSql.replay(new StringReader(file))).isEqualTo(file);
        assertThat(file).doesNotContain("--").doesNotContain("?").hasLineCount(HOSTILE.size());
    }

    @Test
    void plainValuesStayPlainLiterals() {
        assertThat(SqlLiteral.of("CN=O'Brien; x,OU=Ünï-cødé")).isEqualTo("'CN=O''Brien; x,OU=Ünï-cødé'");
        assertThat(SqlLiteral.of("a--b\\")).isEqualTo("E'a-\\x2db\\\\'");
    }

    @Test
    void aNulCharacterIsRefusedNamingTheOption() {
        assertThatThrownBy(() -> SqlLiteral.storable("--email", "a\0b@example.mil")).isInstanceOf(UserException.class)
                .hasMessage("--email holds a NUL character, which PostgreSQL text cannot store: remove it");
    }
}
