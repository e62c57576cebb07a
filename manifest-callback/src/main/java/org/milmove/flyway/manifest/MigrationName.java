package org.milmove.flyway.manifest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A migration file name as pop (MilMove's Go migrator) accepts it: {@code <version digits>_<name>.up.sql} or
 * {@code .up.fizz}, where the name is anything without a dot (MilMove has names with {@code -} and {@code #}) and a
 * PostgreSQL dialect ({@code .postgres}, {@code .postgresql}, {@code .pg}) may stand before {@code .up}. Only the up
 * direction runs.
 */
public final class MigrationName {
    public static final String SUFFIX = ".up.sql";
    /** Buffalo's fizz DSL, in which MilMove's first migrations are written. */
    public static final String FIZZ_SUFFIX = ".up.fizz";
    /** What the name part may hold, for messages. */
    public static final String EXPECTED = "<timestamp>_<name>" + SUFFIX + " or " + FIZZ_SUFFIX;

    private static final Pattern POP = Pattern.compile("(\\d+)_([^.]+)(\\.(?:postgres|postgresql|pg))?\\.(up|down)\\.(sql|fizz)");

    private MigrationName() {
    }

    /** True for a well-formed name of an up migration, SQL or fizz. */
    public static boolean isValid(String fileName) {
        Matcher m = POP.matcher(fileName);
        return m.matches() && m.group(4).equals("up");
    }

    /** True for a well-formed name of a down migration, which pop would parse but MilMove never runs. */
    public static boolean isDown(String fileName) {
        Matcher m = POP.matcher(fileName);
        return m.matches() && m.group(4).equals("down");
    }

    public static boolean isFizz(String fileName) {
        return fileName.endsWith(FIZZ_SUFFIX);
    }

    /** True for a well-formed name of a SQL up migration. */
    public static boolean isSql(String fileName) {
        return isValid(fileName) && !isFizz(fileName);
    }

    /** The leading digits of a valid name, e.g. {@code 20250101120000}. */
    public static String version(String fileName) {
        return part(fileName, 1);
    }

    /** What follows the version, without dialect and suffix, e.g. {@code add_pricing} of {@code 20250101120000_add_pricing.up.sql}. */
    public static String description(String fileName) {
        return part(fileName, 2);
    }

    private static String part(String fileName, int group) {
        Matcher m = POP.matcher(fileName);
        if (!m.matches() || !m.group(4).equals("up")) {
            throw new IllegalArgumentException("not a migration file name: " + fileName);
        }
        return m.group(group);
    }
}
