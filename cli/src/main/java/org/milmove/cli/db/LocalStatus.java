package org.milmove.cli.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.flywaydb.core.api.MigrationVersion;

/** One line about a local database for {@code db status}: running or not, port, data, size, schema version. */
final class LocalStatus {
    private LocalStatus() {
    }

    static String of(LocalEnvironment environment) {
        LocalDatabase database = new LocalDatabase(environment.directory());
        Path data = database.directory();
        if (!database.server().initialized()) {
            return "no data in " + data + "; 'milmove db start --local-db " + environment + "' creates it";
        }
        String stored = "data in " + data + " (" + size(data) + ")";
        OptionalInt port = database.server().runningPort();
        if (port.isEmpty()) {
            return "not running, " + stored;
        }
        String who = database.backgroundPort().isPresent() ? "started by 'milmove db start'" : "for a milmove command";
        return "running on port " + port.getAsInt() + " (" + who + "), " + stored + ", "
                + schema(port.getAsInt(), environment.databaseName());
    }

    /** The newest applied version, as Flyway's info calls it the schema version, and how many are applied. */
    private static String schema(int port, String name) {
        try (Connection c = LocalServer.dataSource(port, name).getConnection(); Statement query = c.createStatement()) {
            try (ResultSet table = query.executeQuery("SELECT to_regclass('flyway_schema_history') IS NOT NULL")) {
                table.next();
                if (!table.getBoolean(1)) {
                    return name + " has no Flyway history (no migrations applied)";
                }
            }
            List<MigrationVersion> applied = new ArrayList<>();
            try (ResultSet rows = query.executeQuery(
                    "SELECT version FROM flyway_schema_history WHERE success AND version IS NOT NULL AND type <> 'DELETE'")) {
                while (rows.next()) {
                    applied.add(MigrationVersion.fromVersion(rows.getString(1)));
                }
            }
            return applied.stream().max(Comparator.naturalOrder())
                    .map(newest -> name + " at schema version " + newest + " (" + applied.size() + " migration"
                            + (applied.size() == 1 ? "" : "s") + " applied)")
                    .orElse(name + ": no migrations applied");
        } catch (SQLException e) {
            return name + ": could not read its history (" + e.getMessage() + ")";
        }
    }

    private static String size(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            long bytes = files.filter(Files::isRegularFile).mapToLong(LocalStatus::bytes).sum();
            return String.format(Locale.ROOT, "%.1f MB", bytes / 1_000_000.0);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + directory, e);
        }
    }

    private static long bytes(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            // A server writes and removes files while it runs: one gone between listing and reading counts nothing.
            return 0;
        }
    }
}
