package org.milmove.flyway.manifest;

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
}
