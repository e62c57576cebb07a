package org.milmove.flyway.manifest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The MilMove migration file name: {@code <version digits>_<name>.up.sql}, normally a 14-digit UTC timestamp. */
public final class MigrationName {
    public static final String SUFFIX = ".up.sql";
    /** Buffalo's fizz DSL, found in old MilMove manifests; not SQL, so it cannot run here. */
    public static final String FIZZ_SUFFIX = ".up.fizz";

    private static final Pattern NAME = Pattern.compile("(\\d+)_([A-Za-z0-9_-]+)\\.up\\.(sql|fizz)");

    private MigrationName() {
    }

    /** True for a well-formed SQL or fizz migration file name. */
    public static boolean isValid(String fileName) {
        return NAME.matcher(fileName).matches();
    }

    public static boolean isFizz(String fileName) {
        return fileName.endsWith(FIZZ_SUFFIX);
    }

    /** True for a well-formed name of a migration that can run: SQL, not fizz. */
    public static boolean isSql(String fileName) {
        return isValid(fileName) && !isFizz(fileName);
    }

    /** The leading digits of a valid name, e.g. {@code 20250101120000}. */
    public static String version(String fileName) {
        return part(fileName, 1);
    }

    /** What follows the version, without the suffix, e.g. {@code add_pricing} of {@code 20250101120000_add_pricing.up.sql}. */
    public static String description(String fileName) {
        return part(fileName, 2);
    }

    private static String part(String fileName, int group) {
        Matcher m = NAME.matcher(fileName);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a migration file name: " + fileName);
        }
        return m.group(group);
    }
}
