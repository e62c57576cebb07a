package org.milmove.pricing.dump;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** What the dump needs to know about tables, read from pg_class, pg_namespace, pg_attribute, pg_index and pg_constraint. */
final class Catalog {
    private static final String TABLES = """
            SELECT n.nspname, c.relname, quote_ident(n.nspname) || '.' || quote_ident(c.relname),
                   pg_catalog.pg_table_is_visible(c.oid)
            FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            WHERE c.relkind = 'r'
              AND n.nspname NOT IN ('pg_catalog', 'information_schema')
              AND n.nspname !~ '^pg_(toast|temp_)'
            ORDER BY 1, 2""";
    // Generated columns cannot be written by COPY, so they are left out as pg_dump does.
    private static final String COLUMNS = """
            SELECT quote_ident(attname), format_type(atttypid, atttypmod) FROM pg_catalog.pg_attribute
            WHERE attrelid = ?::regclass AND attnum > 0 AND NOT attisdropped AND attgenerated = ''
            ORDER BY attnum""";
    private static final String PRIMARY_KEY = """
            SELECT quote_ident(a.attname)
            FROM pg_catalog.pg_index i
            CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, position)
            JOIN pg_catalog.pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum
            WHERE i.indrelid = ?::regclass AND i.indisprimary
            ORDER BY k.position""";
    private static final String REFERENCED = """
            SELECT DISTINCT quote_ident(n.nspname) || '.' || quote_ident(c.relname)
            FROM pg_catalog.pg_constraint f
            JOIN pg_catalog.pg_class c ON c.oid = f.confrelid
            JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            WHERE f.contype = 'f' AND f.conrelid = ?::regclass AND f.confrelid <> f.conrelid""";

    private Catalog() {
    }

    record CatalogTable(TableName name, boolean visible) {
    }

    /**
     * A column as the dump writes it.
     *
     * @param name quoted as {@code quote_ident} quotes it
     * @param type as {@code format_type} spells it, with its modifier: {@code numeric(30,15)}
     */
    record Column(String name, String type) {
    }

    /**
     * A table as the dump reads it.
     *
     * @param columns    the columns in table order
     * @param primaryKey quoted primary key columns; empty when the table has none
     * @param parents    quoted names of the tables its foreign keys reference (itself excluded)
     */
    record TableInfo(TableName name, List<Column> columns, List<String> primaryKey, Set<String> parents) {

        String columnList() {
            return String.join(", ", columns.stream().map(Column::name).toList());
        }

        /** Rows in primary key order; without one, in the order of their text form, which is as deterministic. */
        String orderedSelect() {
            return orderedSelect("true");
        }

        /** The rows for which {@code condition} (on the table's columns, alias t) holds, in the same order. */
        String orderedSelect(String condition) {
            return "SELECT " + columnList() + " FROM " + name.sql() + " t WHERE " + condition + " ORDER BY " + order();
        }

        /** Every column, generated ones too, rows in the same order: what a loaded table is compared by. */
        String orderedSelectAll() {
            return orderedSelectAll("true");
        }

        /** The rows for which {@code condition} (on the table's columns, alias t) holds, in the same order. */
        String orderedSelectAll(String condition) {
            return "SELECT t.* FROM " + name.sql() + " t WHERE " + condition + " ORDER BY " + order();
        }

        private String order() {
            return primaryKey.isEmpty() ? "t::text COLLATE \"C\"" : String.join(", ", primaryKey);
        }

        String copyStatement() {
            return "COPY " + name.sql() + " (" + columnList() + ") FROM stdin;";
        }
    }

    static List<CatalogTable> tables(Connection connection) throws SQLException {
        List<CatalogTable> tables = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement(TABLES); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                tables.add(new CatalogTable(new TableName(rs.getString(1), rs.getString(2), rs.getString(3)), rs.getBoolean(4)));
            }
        }
        return tables;
    }

    static TableInfo describe(Connection connection, TableName table) throws SQLException {
        return new TableInfo(table, columns(connection, table), strings(connection, PRIMARY_KEY, table),
                new TreeSet<>(strings(connection, REFERENCED, table)));
    }

    private static List<Column> columns(Connection connection, TableName table) throws SQLException {
        List<Column> columns = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement(COLUMNS)) {
            s.setString(1, table.sql());
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    columns.add(new Column(rs.getString(1), rs.getString(2)));
                }
            }
        }
        return columns;
    }

    static long count(Connection connection, TableName table) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("SELECT count(*) FROM " + table.sql());
                ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static List<String> strings(Connection connection, String sql, TableName table) throws SQLException {
        List<String> values = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            s.setString(1, table.sql());
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    values.add(rs.getString(1));
                }
            }
        }
        return values;
    }
}
