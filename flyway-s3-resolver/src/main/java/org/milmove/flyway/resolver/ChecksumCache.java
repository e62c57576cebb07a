package org.milmove.flyway.resolver;

import java.io.Reader;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.logging.Log;
import org.flywaydb.core.api.logging.LogFactory;
import org.flywaydb.core.api.resource.LoadableResource;

/**
 * Flyway's checksum of each S3 object as last read, keyed by the object's ETag, kept in the database beside Flyway's
 * history (table {@code <history>_s3_checksums}: object URL, ETag, reading, checksum; never contents). A no-op run
 * then lists the prefix and fetches nothing: an object whose listed ETag has a known checksum that the history
 * records as successfully applied for its file is handed to Flyway as a stand-in text with that checksum, which
 * Flyway only checksums (an applied migration never runs again). Any other object is fetched and checksummed as
 * before, and what runs is still pinned to the ETag that was checksummed; a replaced object has a new ETag, so it is
 * fetched and its checksum compared by Flyway as usual.
 *
 * <pre>{@code
 * ChecksumCache cache = ChecksumCache.load(dataSource, "flyway_schema_history", "plain");
 * var files = MigrationPathResourceProvider.builder(path).s3(s3).checksumCache(cache).build();
 * Flyway.configure().resourceProvider(cache.wrap(files, files))...migrate();
 * cache.save();
 * }</pre>
 */
public final class ChecksumCache {
    private static final Log LOG = LogFactory.getLog(ChecksumCache.class);
    static final ChecksumCache NONE = new ChecksumCache(null, "", "", Map.of(), Set.of());

    private final DataSource database;
    private final String historyTable;
    private final String reading;
    private final Map<Key, Integer> known;
    private final Set<Applied> applied;
    private final Map<Key, Integer> learned = new ConcurrentHashMap<>();

    private record Key(String object, String eTag) {
    }

    private record Applied(String script, int checksum) {
    }

    private ChecksumCache(DataSource database, String historyTable, String reading, Map<Key, Integer> known,
                          Set<Applied> applied) {
        this.database = database;
        this.historyTable = historyTable;
        this.reading = reading;
        this.known = known;
        this.applied = applied;
    }

    /**
     * The checksums known for {@code reading} (how files are turned into what Flyway sees: a different reading has
     * different checksums) and the history's applied migrations, in one visit; empty when either table is missing
     * or unreadable, which only means that every object is fetched.
     */
    public static ChecksumCache load(DataSource database, String historyTable, String reading) {
        Map<Key, Integer> known = new HashMap<>();
        Set<Applied> applied = new HashSet<>();
        try (Connection connection = database.getConnection()) {
            if (exists(connection, historyTable) && exists(connection, table(historyTable))) {
                try (PreparedStatement select = connection.prepareStatement(
                        "SELECT object, etag, checksum FROM " + table(historyTable) + " WHERE reading = ?")) {
                    select.setString(1, reading);
                    try (ResultSet rows = select.executeQuery()) {
                        while (rows.next()) {
                            known.put(new Key(rows.getString(1), rows.getString(2)), rows.getInt(3));
                        }
                    }
                }
                try (PreparedStatement select = connection.prepareStatement(
                        "SELECT script, checksum FROM " + historyTable + " WHERE success AND checksum IS NOT NULL");
                        ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        applied.add(new Applied(rows.getString(1), rows.getInt(2)));
                    }
                }
            }
        } catch (SQLException e) {
            LOG.warn("Could not read the S3 checksum cache, every S3 object is fetched: " + e.getMessage());
            known.clear();
            applied.clear();
        }
        return new ChecksumCache(database, historyTable, reading, known, applied);
    }

    private static String table(String historyTable) {
        return historyTable + "_s3_checksums";
    }

    private static boolean exists(Connection connection, String table) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT to_regclass(?) IS NOT NULL")) {
            select.setString(1, table);
            try (ResultSet row = select.executeQuery()) {
                return row.next() && row.getBoolean(1);
            }
        }
    }

    /** Whether {@code object} is handed to Flyway as a stand-in, so need not be fetched. */
    boolean standsIn(S3MigrationResource object) {
        return checksum(object) != null;
    }

    private Integer checksum(S3MigrationResource object) {
        Integer checksum = known.get(new Key(object.getAbsolutePath(), object.listedETag()));
        return checksum != null && applied.contains(new Applied(object.getRelativePath(), checksum)) ? checksum : null;
    }

    /**
     * What Flyway should read: {@code flywayReads} (the files as Flyway sees them, for example MilMove's reading of
     * {@code files}) with every kept S3 object of {@code files} checksummed on its way through, or stood in for.
     */
    public ResourceProvider wrap(ResourceProvider flywayReads, MigrationPathResourceProvider files) {
        return new ResourceProvider() {
            private Map<String, S3MigrationResource> kept;

            @Override
            public LoadableResource getResource(String name) {
                LoadableResource resource = flywayReads.getResource(name);
                return resource == null ? null : checksummed(resource);
            }

            @Override
            public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
                return flywayReads.getResources(prefix, suffixes).stream().map(this::checksummed).toList();
            }

            private LoadableResource checksummed(LoadableResource resource) {
                S3MigrationResource object = kept().get(resource.getFilename());
                return object == null ? resource : new Checksummed(resource, object);
            }

            /** The kept S3 objects by file name, as {@code files} serves them (the first entry's for a name in two). */
            private synchronized Map<String, S3MigrationResource> kept() {
                if (kept == null) {
                    kept = new HashMap<>();
                    for (LoadableResource file : files.getResources("", new String[] {""})) {
                        if (file instanceof S3MigrationResource object && object.kept()) {
                            kept.put(object.getFilename(), object);
                        }
                    }
                }
                return kept;
            }
        };
    }

    /**
     * Creates the table once Flyway's history exists; only a command that writes the database should (migrate), so
     * that reading commands leave it as they found it.
     */
    public void createTable() {
        if (database == null) {
            return;
        }
        try (Connection connection = database.getConnection()) {
            if (exists(connection, historyTable)) {
                try (var create = connection.createStatement()) {
                    create.execute("CREATE TABLE IF NOT EXISTS " + table(historyTable) + " (object text NOT NULL,"
                            + " etag text NOT NULL, reading text NOT NULL, checksum integer NOT NULL,"
                            + " PRIMARY KEY (object, etag, reading))");
                }
            }
        } catch (SQLException e) {
            LOG.warn("Could not create the S3 checksum cache, every run fetches every S3 object: " + e.getMessage());
        }
    }

    /**
     * Records the checksums learned in this run, if the table exists ({@link #createTable}). A failure only costs the
     * next run its fetches, so it is a warning.
     */
    public void save() {
        if (learned.isEmpty() || database == null) {
            return;
        }
        try (Connection connection = database.getConnection()) {
            if (!exists(connection, table(historyTable))) {
                return;
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + table(historyTable)
                    + " (object, etag, reading, checksum) VALUES (?, ?, ?, ?)"
                    + " ON CONFLICT (object, etag, reading) DO UPDATE SET checksum = excluded.checksum")) {
                for (Map.Entry<Key, Integer> pair : learned.entrySet()) {
                    insert.setString(1, pair.getKey().object());
                    insert.setString(2, pair.getKey().eTag());
                    insert.setString(3, reading);
                    insert.setInt(4, pair.getValue());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        } catch (SQLException e) {
            LOG.warn("Could not save the S3 checksum cache, the next run fetches every S3 object again: " + e.getMessage());
        }
    }

    /** A file as Flyway sees it, backed by a kept S3 object. */
    private final class Checksummed extends LoadableResource {
        private final LoadableResource seen;
        private final S3MigrationResource object;

        Checksummed(LoadableResource seen, S3MigrationResource object) {
            this.seen = seen;
            this.object = object;
        }

        @Override
        public Reader read() {
            Integer checksum = checksum(object);
            if (checksum != null) {
                return new StringReader(FlywayChecksums.standIn(checksum));
            }
            String text = Texts.read(seen);
            Key read = new Key(object.getAbsolutePath(), object.eTagRead());
            int computed = FlywayChecksums.of(text);
            if (read.eTag() != null && !Integer.valueOf(computed).equals(known.get(read))) {
                learned.put(read, computed);
            }
            return new StringReader(text);
        }

        @Override
        public boolean shouldStream() {
            return seen.shouldStream();
        }

        @Override
        public String getAbsolutePath() {
            return seen.getAbsolutePath();
        }

        @Override
        public String getAbsolutePathOnDisk() {
            return seen.getAbsolutePathOnDisk();
        }

        @Override
        public String getFilename() {
            return seen.getFilename();
        }

        @Override
        public String getRelativePath() {
            return seen.getRelativePath();
        }
    }
}
