package org.milmove.flyway.compat.fizz;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Translates a fizz migration (the Buffalo DSL of MilMove's first migrations) to the exact SQL that gobuffalo/fizz
 * v1.14.4 writes for PostgreSQL, as specified in {@code FIZZ.md}: one statement per command, in file order, joined by
 * {@code "\n"}, with no trailing newline.
 *
 * <p>Only the subset MilMove's migrations use is accepted. Everything else (comments, templates, {@code let},
 * {@code exec}, {@code t.Index}, schema-qualified names, ...) is a {@link FizzException} naming the file and line.
 */
public final class Fizz {
    private Fizz() {
    }

    /**
     * The SQL for one fizz file.
     *
     * @param source names the file in error messages, for example {@code 20180103215841_create_issues.up.fizz}
     * @param text   the file's text (decoded as UTF-8; a byte order mark is refused)
     * @throws FizzException when the text is outside the supported subset or yields no SQL
     */
    public static String toSql(String source, String text) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(text, "text");
        List<Call> calls = Parser.parse(source, Lexer.tokens(source, text));
        if (calls.isEmpty()) {
            // pop refuses an empty query, so MilMove could never run such a file.
            throw new FizzException(source, 1, "the file has no fizz commands, so it yields no SQL;"
                    + " add the commands, or use an empty .up.sql file for a migration that does nothing");
        }
        return calls.stream().map(Translator::sql).collect(Collectors.joining("\n"));
    }
}
