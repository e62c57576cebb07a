package org.milmove.pricing.dump;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.milmove.pricing.dump.Catalog.TableInfo;

/**
 * Splits a big table into ranges of its first primary key column, so that several connections can read it at once.
 * The bounds come from a small block sample: uneven ranges only cost speed, never rows, because the ranges cover the
 * whole key space and the writer checks each table's row count. Only keys whose type has no collation are split, so
 * that the server orders bounds and rows alike.
 */
final class KeyRanges {
    /** About this many rows make a range unless told otherwise. */
    static final long ROWS_PER_RANGE = 250_000;
    private static final int MAX_RANGES = 64;
    private static final long SAMPLE_ROWS = 20_000;
    private static final String NO_CONDITION = "true";

    private KeyRanges() {
    }

    /** Conditions on the table's rows (alias t) that together select each row once, in primary key order. */
    static List<String> of(Connection c, TableInfo table, long rows, long rowsPerRange) throws SQLException {
        int ranges = (int) Math.min(MAX_RANGES, (rows + rowsPerRange - 1) / rowsPerRange);
        if (ranges < 2 || table.primaryKey().isEmpty()) {
            return List.of(NO_CONDITION);
        }
        String key = "t." + table.primaryKey().get(0);
        List<String> bounds = bounds(c, table, key, rows, ranges);
        List<String> conditions = new ArrayList<>();
        for (int i = 0; i <= bounds.size(); i++) {
            String from = i == 0 ? null : key + " >= " + bounds.get(i - 1);
            String to = i == bounds.size() ? null : key + " < " + bounds.get(i);
            conditions.add(from == null ? (to == null ? NO_CONDITION : to) : to == null ? from : from + " AND " + to);
        }
        return conditions;
    }

    /** Distinct sample quantiles of the key, as SQL literals in key order; none for a collatable key. */
    private static List<String> bounds(Connection c, TableInfo table, String key, long rows, int ranges)
            throws SQLException {
        Double[] fractions = new Double[ranges - 1];
        for (int i = 1; i < ranges; i++) {
            fractions[i - 1] = (double) i / ranges;
        }
        double percent = Math.min(100, 100.0 * SAMPLE_ROWS / rows);
        // REPEATABLE: the same blocks every run, so a dump's queries are the same run to run.
        String sql = "SELECT quote_literal(b) FROM (SELECT DISTINCT unnest(percentile_disc(?) WITHIN GROUP (ORDER BY k)) AS b"
                + " FROM (SELECT " + key + " AS k FROM " + table.name().sql() + " t TABLESAMPLE SYSTEM (?) REPEATABLE (0)) s"
                + " WHERE NOT EXISTS (SELECT FROM pg_catalog.pg_attribute a WHERE a.attrelid = ?::regclass"
                + " AND quote_ident(a.attname) = ? AND a.attcollation <> 0)) q ORDER BY b";
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setArray(1, c.createArrayOf("float8", fractions));
            s.setDouble(2, percent);
            s.setString(3, table.name().sql());
            s.setString(4, table.primaryKey().get(0));
            List<String> bounds = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    bounds.add(rs.getString(1));
                }
            }
            return bounds;
        }
    }
}
