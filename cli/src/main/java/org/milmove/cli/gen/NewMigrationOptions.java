package org.milmove.cli.gen;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.milmove.cli.manifest.AppFolders;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** What every gen command needs to name a new migration: the repository folders and the version. */
public final class NewMigrationOptions {
    private static final DateTimeFormatter UTC_VERSION = DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC);

    @Mixin
    AppFolders app;

    @Option(names = "--version", paramLabel = "YYYYMMDDHHMMSS",
            description = "Version of the new migration (default: the current UTC time).")
    String version;

    Clock clock = Clock.systemUTC();

    /** Checks {@code name} and the version against the repository; nothing is written yet. */
    public NewMigration check(String name) {
        return NewMigration.check(app, version != null ? version : UTC_VERSION.format(clock.instant()), name);
    }
}
