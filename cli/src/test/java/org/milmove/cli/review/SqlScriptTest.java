package org.milmove.cli.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

class SqlScriptTest {

    @Test
    void statementsStartOnTheLineOfTheirFirstWordAfterComments() {
        List<SqlStatement> statements = SqlScript.split("""
                -- a header
                /* a block
                   comment; with a semicolon */
                CREATE TABLE a (id int); CREATE TABLE b (id int);

                  ALTER TABLE a
                    ADD COLUMN note text -- trailing; comment
                ;
                """);

        assertThat(statements).extracting(SqlStatement::line, SqlStatement::sql).containsExactly(
                tuple(4, "CREATE TABLE a (id int)"),
                tuple(4, "CREATE TABLE b (id int)"),
                tuple(6, "ALTER TABLE a\n    ADD COLUMN note text -- trailing; comment"));
    }

    @Test
    void semicolonsInQuotesDollarQuotesAndNestedCommentsDoNotEndAStatement() {
        List<SqlStatement> statements = SqlScript.split("""
                INSERT INTO t VALUES ('a;b', 'it''s; fine', E'back\\\\slash\\'; still', "odd;name");
                DO $body$ BEGIN EXECUTE 'SELECT 1; SELECT $$;$$'; END $body$;
                CREATE FUNCTION f() RETURNS int AS $$ SELECT 1; $$ LANGUAGE sql;
                /* outer /* inner; */ still a comment; */ SELECT $1;
                SELECT 'last' -- no semicolon at the end
                """);

        assertThat(statements).extracting(SqlStatement::line).containsExactly(1, 2, 3, 4, 5);
        assertThat(statements.get(0).sql()).endsWith("\"odd;name\")");
        assertThat(statements.get(1).sql()).isEqualTo("DO $body$ BEGIN EXECUTE 'SELECT 1; SELECT $$;$$'; END $body$");
        assertThat(statements.get(3).sql()).isEqualTo("SELECT $1");
        assertThat(statements.get(4).sql()).isEqualTo("SELECT 'last' -- no semicolon at the end");
    }

    @Test
    void copyFromStdinCarriesItsDataUpToTheEndMarker() {
        List<SqlStatement> statements = SqlScript.split("""
                COPY public.zips (zip3, city) FROM stdin;
                173\tAbbottstown; not a statement
                442\t\\N
                \\.
                INSERT INTO zips VALUES ('999', 'after');
                """);

        assertThat(statements).hasSize(2);
        assertThat(statements.get(0).isCopy()).isTrue();
        assertThat(statements.get(0).copyData()).isEqualTo("173\tAbbottstown; not a statement\n442\t\\N\n");
        assertThat(statements.get(1).line()).isEqualTo(5);
        assertThat(statements.get(1).isCopy()).isFalse();
    }

    @Test
    void aFileOfCommentsHasNoStatements() {
        assertThat(SqlScript.split("-- nothing to do here\n\n/* really */\n")).isEmpty();
        assertThat(SqlScript.split("")).isEmpty();
    }
}
