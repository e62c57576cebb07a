package org.milmove.flyway.compat.fizz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.stream.Stream;
import org.flywaydb.core.api.FlywayException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** FIZZ.md section 6: every error names the file, the line and the problem, and says what to change. */
class FizzErrorsTest {
    private static final String FILE = "20180103215841_create_issues.up.fizz";

    static Stream<Arguments> errors() {
        return Stream.of(
                // lexical (section 2)
                refused("\uFEFFdrop_table(\"x\")", 1, "the file starts with a UTF-8 byte order mark"),
                refused("drop_table(\"x\")\n# gone\n", 2, "'#' comments are not supported"),
                refused("<% drop_table(\"x\") %>", 1, "plush template tags (<% %>) are not supported"),
                refused("drop_table(\"x\") %>", 1, "plush template tags (<% %>) are not supported"),
                refused("drop_table(`x`)", 1, "strings in ` quotes are not supported; use double quotes"),
                refused("add_column(\"t\", \"c\",\n \"text\", {\"default\": 1.5})", 2, "decimal numbers such as 1.5 are not supported"),
                refused("add_column(\"t\", \"c\", \"text\", {\"default\": nil})", 1, "nil is not supported"),
                refused("drop_table(\"x\")\n\ndrop_table(\"y\"\n", 4, "expected ',' or ')' in the arguments of drop_table, found the end of the file"),
                refused("sql(\"SELECT 1\n\n", 1, "unterminated string"),
                refused("drop_table(\"x\") @", 1, "unexpected character '@' (U+0040); remove it"),
                refused("drop_table(\"x\")\u00a0", 1, "unexpected character U+00A0"),
                refused("drop_table(\"x\") \uD83D\uDE00", 1, "unexpected character '\uD83D\uDE00' (U+1F600)"),
                refused("drop_table(\"x\".y)", 1, "unexpected '.'"),
                refused("add_column(\"t\", \"c\", \"string\", {\"size\": 99999999999999999999})", 1, "the number 99999999999999999999 is too large"),
                // grammar (section 3)
                refused("drop_table(\"a\" \"b\")", 1, "expected ',' or ')' in the arguments of drop_table, found the string \"b\""),
                refused("drop_table(x)", 1, "expected a value, found the name x"),
                refused("\"x\"", 1, "expected a fizz command such as add_column(...), found the string \"x\""),
                refused("drop_table", 1, "expected '(' after drop_table, found the end of the file"),
                refused("add_index(\"t\", [\"a\" \"b\"])", 1, "expected ',' or ']' in an array"),
                refused("add_column(\"t\", \"c\", \"text\", {\"null\" true})", 1, "expected ':' after the key null"),
                refused("add_column(\"t\", \"c\", \"text\", {1: true})", 1, "expected a map key (a name or a \"string\") or '}', found the number 1"),
                refused("add_column(\"t\", \"c\", \"text\", {t.x: true})", 1, "expected a map key"),
                refused("create_table(\"a\") {\n t.Column(\"x\", \"text\")\n", 3, "the { opened on line 1 is never closed"),
                refused("create_table(\"a\") {\n t.Column(\"x\", \"text\") {}\n}", 2, "expected a fizz command such as add_column(...), found '{'"),
                // commands
                refused("\n\nexec(\"rm -rf /\")", 3, "unknown fizz command 'exec'"),
                refused("add_colum(\"t\", \"c\", \"text\")", 1, "unknown fizz command 'add_colum'; use create_table, add_column,"),
                refused("t.Column(\"x\", \"text\")", 1, "t.Column may only stand inside a create_table(\"...\") { } block"),
                refused("create_table(\"a\") {\n  t.Index(\"x\")\n}", 2, "t.Index is not supported in create_table; write add_index(...) after"),
                refused("create_table(\"a\") {\n  t.PrimaryKey(\"x\")\n}", 2, "t.PrimaryKey is not supported in create_table"),
                refused("create_table(\"a\") {\n  t.Colum(\"x\", \"text\")\n}", 2, "t.Colum is not supported in create_table; use t.Column,"),
                refused("create_table(\"a\") {\n  drop_table(\"x\")\n}", 2, "only t.<method>(...) calls may stand inside a create_table block, found drop_table(...)"),
                refused("drop_table(\"a\") {\n}", 1, "only create_table takes a { } block, drop_table does not"),
                // argument counts and kinds (section 3)
                refused("drop_table(\"a\", \"b\")", 1, "drop_table takes 1 argument, got 2; write drop_table(table)"),
                refused("add_column(\"t\", \"c\")", 1, "add_column takes 3 or 4 arguments, got 2; write add_column(table, column, type[, options])"),
                refused("create_table(\"a\") {\n t.Timestamps(true)\n}", 2, "t.Timestamps takes no arguments, got 1; write t.Timestamps()"),
                refused("drop_table(1)", 1, "the table (argument 1 of drop_table) must be a \"string\", got the number 1; write it in double quotes"),
                refused("add_column(\"t\", \"c\", \"text\", \"null\")", 1, "the options (argument 4 of add_column) must be a {map}, got the string \"null\""),
                refused("add_column(\"t\", \"c\", [\"text\"])", 1, "the type (argument 3 of add_column) must be a \"string\", got an array"),
                refused("sql([])", 1, "the SQL text (argument 1 of sql) must be a \"string\", got an empty array"),
                // create_table
                refused("create_table(\"a\") {\n t.Column(\"x\", \"text\")\n t.Column(\"x\", \"int\")\n}", 3, "duplicated column x in create_table a"),
                refused("create_table(\"a\") {\n t.Column(\"x\", \"uuid\", {\"primary\": true})\n t.Column(\"y\", \"uuid\", {\"primary\": false})\n}", 3, "a second primary key y (x is one already)"),
                refused("create_table(\"a\") {\n t.Column(\"id\", \"UUID\", {\"primary\": true})\n}", 2, "can not use UUID as a primary key"),
                refused("create_table(\"a\") {\n t.Timestamps()\n t.Timestamp(\"updated_at\")\n}", 3, "duplicated column updated_at"),
                refused("create_table(\"a\") {\n t.Column(\"created_at\", \"timestamptz\")\n t.Timestamps()\n}", 3, "t.Timestamps() adds created_at and updated_at itself"),
                // references and index columns
                refused("add_foreign_key(\"t\", \"u\", \"users\", {})", 1, "the reference (argument 3 of add_foreign_key) must be a map with exactly one entry, got the string \"users\""),
                refused("add_foreign_key(\"t\", \"u\", {}, {})", 1, "must be a map with exactly one entry, got a map with 0 entries"),
                refused("add_foreign_key(\"t\", \"u\", {\"users\": []}, {})", 1, "the columns referenced in users must be a non-empty array of strings, got an empty array"),
                refused("create_table(\"a\") {\n t.ForeignKey(\"u\", {\"users\": [1]})\n}", 2, "the columns referenced in users must be a non-empty array of strings, got an array"),
                refused("add_index(\"t\", 1, {})", 1, "the columns (argument 2 of add_index) must be a \"string\" or a non-empty array of strings, got the number 1"),
                refused("add_index(\"t\", [], {})", 1, "must be a \"string\" or a non-empty array of strings, got an empty array"),
                refused("add_index(\"t\", [\"a\", 2], {})", 1, "must be a \"string\" or a non-empty array of strings, got an array"),
                // options of the wrong kind
                refused("add_index(\"t\", \"c\", {\"name\": 5})", 1, "the option \"name\" of add_index must be a \"string\", got the number 5"),
                refused("add_foreign_key(\"t\", \"u\", {\"users\": [\"id\"]}, {\"name\": true})", 1, "the option \"name\" of add_foreign_key must be a \"string\", got the boolean true"),
                refused("add_index(\"t\", \"c\", {\"unique\": \"true\"})", 1, "the option \"unique\" of add_index must be true or false, got the string \"true\"; write true or false without quotes"),
                refused("drop_foreign_key(\"t\", \"fk\", {\"if_exists\": 1})", 1, "the option \"if_exists\" of drop_foreign_key must be true or false, got the number 1"),
                refused("create_table(\"a\", {\"timestamps\": \"no\"}) {\n}", 1, "the option \"timestamps\" of create_table must be true or false"),
                refused("create_table(\"a\") {\n t.Column(\"c\", \"decimal\", {\"precision\": \"10\"})\n}", 2, "the option \"precision\" of t.Column must be a whole number, got the string \"10\""),
                refused("change_column(\"t\", \"c\", \"decimal\", {\"precision\": 10, \"scale\": false})", 1, "the option \"scale\" of change_column must be a whole number, got the boolean false"),
                refused("add_column(\"t\", \"c\", \"text\", {\"size\": \"20\"})", 1, "the option \"size\" of add_column must be a whole number"),
                refused("add_column(\"t\", \"c\", \"text\", {\"default\": {}})", 1, "the option \"default\" of add_column must be a \"string\", a whole number, true or false, got a map with 0 entries; for an SQL expression use \"default_raw\""),
                refused("change_column(\"t\", \"c\", \"text\", {\"default\": [\"a\"]})", 1, "the option \"default\" of change_column must be a \"string\", a whole number, true or false, got an array"),
                refused("add_column(\"t\", \"c\", \"text\", {\"default_raw\": 0})", 1, "the option \"default_raw\" of add_column must be a \"string\""),
                refused("add_foreign_key(\"t\", \"u\", {\"users\": [\"id\"]}, {\"on_delete\": false})", 1, "the option \"on_delete\" of add_foreign_key must be a \"string\""),
                // names with " or . (4.1)
                refused("add_column(\"public.t\", \"c\", \"text\")", 1, "the table name \"public.t\" contains '.'; use a plain name in the public schema, or write the statement with sql(\"...\")"),
                refused("rename_column(\"t\", \"a\", \"b\\\"c\")", 1, "the new column name \"b\"c\" contains '\"', which fizz does not escape"),
                refused("add_index(\"t\", \"c\", {\"name\": \"s.i\"})", 1, "the index name \"s.i\" contains '.'"),
                refused("add_index(\"t\", \"x.c\")", 1, "the index name made from the columns \"t_x.c_idx\" contains '.'"),
                refused("add_foreign_key(\"t\", \"u\", {\"users\": [\"a.id\"]})", 1, "the referenced column name \"a.id\" contains '.'"),
                refused("drop_foreign_key(\"t\", \"\")", 1, "the constraint name is empty; give a name"),
                refused("create_table(\"a\") {\n t.Column(\"x\\\"\", \"text\")\n}", 2, "the column name \"x\"\" contains '\"'"),
                // duplicate map keys
                refused("add_column(\"t\", \"c\", \"text\", {null: true,\n \"null\": false})", 2, "the key \"null\" appears twice in one map; keep one of them"),
                // no SQL
                refused("", 1, "the file has no fizz commands, so it yields no SQL"),
                refused(" \n\t\r\n ; ;\n", 1, "the file has no fizz commands, so it yields no SQL"));
    }

    private static Arguments refused(String fizz, int line, String says) {
        return Arguments.of(fizz, line, says);
    }

    @ParameterizedTest(name = "[{index}] line {1}: {2}")
    @MethodSource("errors")
    void namesTheFileTheLineAndTheProblem(String fizz, int line, String says) {
        FizzException e = catchThrowableOfType(FizzException.class, () -> Fizz.toSql(FILE, fizz));

        assertThat(e).as("refused").isNotNull();
        assertThat(e).isInstanceOf(FlywayException.class);
        assertThat(e.source()).isEqualTo(FILE);
        assertThat(e.line()).as(e.getMessage()).isEqualTo(line);
        assertThat(e.getMessage()).startsWith(FILE + " line " + line + ": ").contains(says).contains("; ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"let", "if", "else", "for", "fn", "func", "return", "in", "break", "continue"})
    void plushKeywordsAreRefused(String keyword) {
        FizzException e = catchThrowableOfType(FizzException.class,
                () -> Fizz.toSql(FILE, "drop_table(\"a\")\n" + keyword + " x"));

        assertThat(e.getMessage()).startsWith(FILE + " line 2: '" + keyword + "' is not supported");
    }

    @ParameterizedTest
    @ValueSource(strings = {"+", "-", "*", "/", "=", "!", "<", ">", "&", "|"})
    void operatorsAreRefused(String operator) {
        FizzException e = catchThrowableOfType(FizzException.class,
                () -> Fizz.toSql(FILE, "add_column(\"t\", \"c\", \"string\", {\"size\": " + operator + "1})"));

        assertThat(e.getMessage()).startsWith(FILE + " line 1: the operator " + operator + " is not supported");
    }

    @Test
    void anErrorInALaterCommandStopsTheWholeFile() {
        FizzException e = catchThrowableOfType(FizzException.class,
                () -> Fizz.toSql(FILE, "drop_table(\"a\")\ndrop_table(\"b\")\nexec(\"x\")\n"));

        assertThat(e.line()).isEqualTo(3);
    }
}
