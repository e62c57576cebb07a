package org.milmove.cli.review;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;

/**
 * What the review transaction holds and has done so far, read after each statement: its relation locks
 * ({@code pg_locks} of its own backend), and from this transaction's table statistics the scans it made and the rows
 * it wrote, plus the calls {@link UuidProbe} counted.
 */
record Measure(Set<Lock> locks, long tableReads, long rowsWritten, long uuidCalls) {

    /** A granted lock on a relation; {@code mode} as {@code pg_locks} names it, e.g. AccessExclusiveLock. */
    record Lock(long relation, String mode) {
    }

    private static final String QUERY = "SELECT relation::bigint, mode FROM pg_locks"
            + " WHERE pid = pg_backend_pid() AND locktype = 'relation' AND granted;\n"
            + "SELECT coalesce(sum(seq_scan + coalesce(idx_scan, 0)), 0), coalesce(sum(n_tup_ins + n_tup_upd + n_tup_del), 0),"
            + " coalesce(nullif(current_setting('" + UuidProbe.COUNTER + "', true), ''), '0')::bigint"
            + " FROM pg_stat_xact_user_tables";

    static Measure take(Connection connection) throws SQLException {
        Set<Lock> locks = new HashSet<>();
        try (Statement statement = connection.createStatement()) {
            statement.execute(QUERY);
            try (ResultSet rs = statement.getResultSet()) {
                while (rs.next()) {
                    locks.add(new Lock(rs.getLong(1), rs.getString(2)));
                }
            }
            statement.getMoreResults();
            try (ResultSet rs = statement.getResultSet()) {
                rs.next();
                return new Measure(Set.copyOf(locks), rs.getLong(1), rs.getLong(2), rs.getLong(3));
            }
        }
    }
}
