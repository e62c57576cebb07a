package org.milmove.flyway.compat.fizz;

import org.flywaydb.core.api.FlywayException;

/**
 * A fizz file that cannot be translated. The message names the file, the line (1-based) and what to change, for
 * example {@code 20180103215841_create_issues.up.fizz line 3: unknown fizz command 'exec'; ...}.
 */
public class FizzException extends FlywayException {
    private final String source;
    private final int line;

    FizzException(String source, int line, String problem) {
        super(source + " line " + line + ": " + problem);
        this.source = source;
        this.line = line;
    }

    /** The file, as named to {@link Fizz#toSql}. */
    public String source() {
        return source;
    }

    /** The 1-based line of the problem. */
    public int line() {
        return line;
    }
}
