package org.milmove.flyway.compat.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What MilMove's Go migrator executes for a file, and where it stops reading. The expected texts were checked
 * against MilMove's own splitter code run by Go on the same fixtures.
 */
class MilMoveSqlReplayTest {
    private static final String DO_BLOCK = "(MilMove's splitter takes `DO` for the start of a `DO $$ ... $$` block)";

    @Test
    void onConflictDoNothingOpensABlockThatNeverCloses() throws IOException {
        String file = "INSERT INTO roles (id, name) VALUES ('6f1e', 'auditor') ON CONFLICT DO NOTHING;";

        assertThat(MilMoveSql.replay(new StringReader(file))).isEmpty();
        assertThat(cutShort(file)).containsExactly(new CutShort(1, "`DO NOTHING;` on line 1 starts a block that "
                + "ends only at another `NOTHING;` " + DO_BLOCK + ", and it is still open at the end of the file"));
    }

    @Test
    void everyOnConflictDoNothingOpensOneMoreBlockSoTheWholeFileIsDropped() throws IOException {
        String file = """
                INSERT INTO distances (id, a, b) VALUES
                \t ('1', '010', '995'),
                \t ('2', '010', '996')
                    ON CONFLICT (id) DO NOTHING;
                    INSERT INTO distances (id, a, b) VALUES
                \t ('3', '011', '995')
                     ON CONFLICT (id) DO NOTHING;
                """;

        assertThat(MilMoveSql.replay(new StringReader(file))).isEmpty();
        assertThat(cutShort(file)).containsExactly(new CutShort(1, "`DO NOTHING;` on line 4 starts a block that "
                + "ends only at another `NOTHING;` " + DO_BLOCK + ", and it is still open at the end of the file"));
    }

    @Test
    void aTableAliasInAFunctionBodyOpensABlockThatNeverCloses() throws IOException {
        String file = """
                SELECT 1;
                CREATE OR REPLACE FUNCTION public.fetch_things(c refcursor, _id uuid) RETURNS setof refcursor AS $$
                BEGIN
                    OPEN $1 FOR
                        SELECT things.id FROM things AS things
                        WHERE things.id = _id;
                    RETURN NEXT $1;
                    OPEN $1 FOR
                        SELECT parts.id FROM parts AS parts, links
                        WHERE parts.thing_id = _id AND links.part_id = parts.id;
                    RETURN NEXT $1;
                END;
                $$ LANGUAGE plpgsql;
                SELECT 2;
                """;

        assertThat(MilMoveSql.replay(new StringReader(file))).isEqualTo("SELECT 1;\n");
        assertThat(cutShort(file)).containsExactly(new CutShort(2, "`AS parts,` on line 9 starts a block that ends "
                + "only at another `parts,` (MilMove's splitter takes `AS` in CREATE FUNCTION for the start of a "
                + "`$$ ... $$` body), and it is still open at the end of the file"));
    }

    @Test
    void anOrdinaryFileRunsWholeInMilMovesOwnStatements() throws IOException {
        String file = """
                -- an ordinary migration
                SET statement_timeout = 0;
                SELECT pg_catalog.set_config('search_path', '', false);
                DO $$
                BEGIN
                    IF NOT EXISTS (SELECT 1 FROM pg_type WHERE typname = 'kind') THEN
                        CREATE TYPE kind AS ENUM ('a', 'b');
                    END IF;
                END $$;
                CREATE OR REPLACE FUNCTION bump() RETURNS trigger AS $body$
                BEGIN
                    NEW.updated_at = now(); -- keep it fresh
                    RETURN NEW;
                END;
                $BODY$ LANGUAGE plpgsql;
                CREATE FUNCTION two() RETURNS int AS $$ SELECT 2 $$ LANGUAGE sql;
                COMMENT ON TABLE things IS 'It''s; not a split';
                INSERT INTO notes VALUES ('''quoted''', 'x;y');
                COPY public.things (id, name, note) FROM stdin;
                \t1\tfirst\tn\\a
                2\tsecond\t\\N

                \\.
                SELECT 3""";

        assertThat(MilMoveSql.replay(new StringReader(file))).isEqualTo("""
                SET statement_timeout = 0;
                DO $$

                BEGIN
                IF NOT EXISTS (SELECT 1 FROM pg_type WHERE typname = 'kind') THEN
                CREATE TYPE kind AS ENUM ('a', 'b');
                END IF;
                END $$;
                CREATE OR REPLACE FUNCTION bump() RETURNS trigger AS $body$

                BEGIN
                NEW.updated_at = now();\s
                RETURN NEW;
                END;
                $body$ LANGUAGE plpgsql;
                CREATE FUNCTION two() RETURNS int AS $$
                 SELECT 2 $$ LANGUAGE sql;
                COMMENT ON TABLE things IS 'It''s; not a split';
                INSERT INTO notes VALUES ('''quoted''', 'x;y');
                COPY "public"."things" ("id", "name", "note") FROM STDIN;
                1\tfirst\tn\\\\a
                2\tsecond\t\\N
                \\.
                SELECT 3
                """);
        assertThat(cutShort(file)).isEmpty();
    }

    @Test
    void aCommentMarkInsideALiteralIsCutLikeAnyOther() throws IOException {
        String file = "COMMENT ON TABLE t IS 'see -- below';\nSELECT 2;\n";

        assertThat(MilMoveSql.replay(new StringReader(file))).isEqualTo("COMMENT ON TABLE t IS 'see \nSELECT 2;\n");
    }

    @Test
    void doStartsABlockOnlyInCapitalsAfterWhiteSpace() throws IOException {
        String file = "do $$ BEGIN PERFORM 1; END $$;\nSELECT 2 FROM undo WHERE x = 'DO';\n";

        assertThat(MilMoveSql.replay(new StringReader(file)))
                .isEqualTo("do $$ BEGIN PERFORM 1;\nEND $$;\nSELECT 2 FROM undo WHERE x = 'DO';\n");
        assertThat(cutShort(file)).isEmpty();
    }

    @Test
    void aNonAsciiBlockTokenNeverClosesBecauseGoBuildsItByteByByte() throws IOException {
        String file = "SELECT 1;\nDO $é$ BEGIN PERFORM 1; END $é$;\nSELECT 2;\n";

        assertThat(MilMoveSql.replay(new StringReader(file))).isEqualTo("SELECT 1;\n");
        assertThat(cutShort(file)).containsExactly(new CutShort(2, "`DO $é$` on line 2 starts a block that ends "
                + "only at another `$Ã©$` " + DO_BLOCK + ", and it is still open at the end of the file"));
    }

    @Test
    void doFollowedOnlyByWhiteSpaceStopsTheSplitter() throws IOException {
        String file = "SELECT 1;\nSELECT 2 DO \n";

        assertThat(MilMoveSql.replay(new StringReader(file))).isEqualTo("SELECT 1;\n");
        assertThat(cutShort(file)).extracting(CutShort::line).containsExactly(2);
    }

    @Test
    void aLastStatementWithoutSemicolonStillRuns() throws IOException {
        assertThat(MilMoveSql.replay(new StringReader("SELECT 1;\n  SELECT 2  \n"))).isEqualTo("SELECT 1;\nSELECT 2\n");
    }

    @Test
    void aRawFileReplaysFromItsSecondLine() throws IOException {
        String file = "-- POP RAW MIGRATION --\r\nSELECT 1; -- kept\r\n  SELECT 2;";

        assertThat(MilMoveSql.replay(new StringReader(file))).isEqualTo("SELECT 1; -- kept\n  SELECT 2;\n");
    }

    @Test
    void goReadsNothingFromALineOf65536BytesOn() throws IOException {
        String file = "SELECT 1;\nSELECT '" + "x".repeat(70_000) + "';\nSELECT 2;\n";

        assertThat(MilMoveSql.replay(new StringReader(file))).isEqualTo("SELECT 1;\n");
        assertThat(cutShort(file)).containsExactly(new CutShort(2, "line 2 is 70,010 bytes long, and Go's "
                + "bufio.Scanner stops without an error at a line of 65,536 bytes or more"));
    }

    @Test
    void theLimitCountsUtf8BytesAndTheCarriageReturn() throws IOException {
        String fits = "-- " + "x".repeat(65_532);
        String tooLong = "--" + "é".repeat(32_767);

        assertThat(cutShort("SELECT 1;\n" + fits + "\nSELECT 2;")).isEmpty();
        assertThat(cutShort("SELECT 1;\n" + fits + "\r\nSELECT 2;")).extracting(CutShort::line).containsExactly(2);
        assertThat(cutShort("SELECT 1;\n" + tooLong + "\nSELECT 2;")).extracting(CutShort::line).containsExactly(2);
        assertThat(cutShort("SELECT 1;\n" + fits + "x")).extracting(CutShort::line).containsExactly(2);
    }

    @Test
    void aBlockLeftOpenByTheLineLimitNamesBoth() throws IOException {
        String file = "SELECT 1;\nDO $$\nBEGIN\n-- " + "x".repeat(70_000) + "\nEND $$;\n";

        assertThat(MilMoveSql.replay(new StringReader(file))).isEqualTo("SELECT 1;\n");
        assertThat(cutShort(file)).singleElement().satisfies(cut -> {
            assertThat(cut.line()).isEqualTo(2);
            assertThat(cut.reason()).startsWith("`DO $$` on line 2 starts a block")
                    .endsWith("(Go reads the file only up to line 4: line 4 is 70,003 bytes long, and Go's "
                            + "bufio.Scanner stops without an error at a line of 65,536 bytes or more)");
        });
    }

    @Test
    void theWarningSaysWhatMilMoveDidAndHowToReplayIt() {
        assertThat(new CutShort(7, "a reason").warning("20240101000000_x.up.sql", "list it in replay.txt"))
                .isEqualTo("20240101000000_x.up.sql: MilMove's Go migrator stops reading this file at line 7: "
                        + "a reason. It ran only the statements before line 7, skipped the rest and still recorded "
                        + "the version as applied. This toolkit runs the whole file as written. To run it as MilMove "
                        + "did instead, list it in replay.txt.");
        assertThat(new CutShort(1, "a reason").warning("f.up.sql", "list it in replay.txt"))
                .contains("It ran none of the file and still recorded the version as applied.");
    }

    private static List<CutShort> cutShort(String file) throws IOException {
        List<CutShort> reported = new ArrayList<>();
        try (Reader reader = MilMoveSql.read(new StringReader(file), reported::add)) {
            reader.transferTo(Writer.nullWriter());
        }
        return reported;
    }
}
