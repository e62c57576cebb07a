package org.milmove.cli.db;

import java.nio.file.Path;
import java.util.Locale;

/** The three local databases that replace MilMove's Docker make targets; ports avoid 5432, a developer's own server. */
public enum LocalEnvironment {
    DEV("dev_db", 5433),
    TEST("test_db", 5434),
    DEPLOYED("deployed_migrations", 5435);

    private final String databaseName;
    private final int defaultPort;

    LocalEnvironment(String databaseName, int defaultPort) {
        this.databaseName = databaseName;
        this.defaultPort = defaultPort;
    }

    public String databaseName() {
        return databaseName;
    }

    public int defaultPort() {
        return defaultPort;
    }

    /** The data directory, relative to the current directory. */
    public Path directory() {
        return Path.of("tmp", "db", toString());
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
