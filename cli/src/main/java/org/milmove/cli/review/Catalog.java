package org.milmove.cli.review;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the database's catalog says about its own tables at one moment: tables with their columns, constraints and
 * indexes, identified by OID and column number, so that a rename is a changed name on the same OID, whatever SQL did
 * it. System schemas are left out.
 */
record Catalog(Map<Long, Table> tables, Map<Long, Constraint> constraints, Map<Long, Index> indexes) {

    /** A table (or materialized view): {@code fileNode} changes when PostgreSQL rewrites it. */
    record Table(long oid, String schema, String name, char kind, long fileNode, String comment, Map<Integer, Column> columns) {
        /** The name as a migration would write it: without {@code public.}. */
        String display() {
            return schema.equals("public") ? name : schema + "." + name;
        }

        boolean hasStorage() {
            return kind == 'r' || kind == 'm';
        }
    }

    /** {@code hasMissing}: added with a default PostgreSQL stored once instead of writing it into every row. */
    record Column(int number, String name, String type, String defaultValue, boolean notNull, boolean hasMissing, String comment) {
    }

    /** {@code type} is pg_constraint's: p primary key, f foreign key, c check, u unique, x exclusion. */
    record Constraint(long oid, long table, String name, char type, boolean validated, List<Integer> columns,
                      long referencedTable, String definition) {
    }

    /** {@code columns} are the key columns in order; 0 stands for an expression. */
    record Index(long oid, long table, String name, List<Integer> columns) {
    }

    private static final String USER_SCHEMAS = " n.nspname !~ '^pg_' AND n.nspname <> 'information_schema' ";
    /** One round trip: four result sets (columns first, so that each table is built whole). */
    private static final String QUERY = String.join(";\n",
            "SELECT a.attrelid, a.attnum, a.attname, format_type(a.atttypid, a.atttypmod), pg_get_expr(ad.adbin, ad.adrelid),"
                    + " a.attnotnull, a.atthasmissing, d.description"
                    + " FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace"
                    + " LEFT JOIN pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum"
                    + " LEFT JOIN pg_description d ON d.objoid = a.attrelid AND d.classoid = 'pg_class'::regclass AND d.objsubid = a.attnum"
                    + " WHERE a.attnum > 0 AND NOT a.attisdropped AND c.relkind IN ('r', 'p', 'm') AND" + USER_SCHEMAS
                    + " ORDER BY a.attrelid, a.attnum",
            "SELECT c.oid, n.nspname, c.relname, c.relkind, c.relfilenode, d.description"
                    + " FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                    + " LEFT JOIN pg_description d ON d.objoid = c.oid AND d.classoid = 'pg_class'::regclass AND d.objsubid = 0"
                    + " WHERE c.relkind IN ('r', 'p', 'm') AND" + USER_SCHEMAS,
            "SELECT con.oid, con.conrelid, con.conname, con.contype, con.convalidated, array_to_string(con.conkey, ' '),"
                    + " con.confrelid, pg_get_constraintdef(con.oid)"
                    + " FROM pg_constraint con JOIN pg_class c ON c.oid = con.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace"
                    + " WHERE" + USER_SCHEMAS,
            "SELECT i.indexrelid, i.indrelid, ic.relname, i.indkey::text"
                    + " FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid JOIN pg_namespace n ON n.oid = ic.relnamespace"
                    + " WHERE" + USER_SCHEMAS);

    static Catalog read(Connection connection) throws SQLException {
        Map<Long, Map<Integer, Column>> columns = new LinkedHashMap<>();
        Map<Long, Table> tables = new LinkedHashMap<>();
        Map<Long, Constraint> constraints = new LinkedHashMap<>();
        Map<Long, Index> indexes = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement()) {
            statement.execute(QUERY);
            try (ResultSet rs = statement.getResultSet()) {
                while (rs.next()) {
                    columns.computeIfAbsent(rs.getLong(1), oid -> new LinkedHashMap<>()).put(rs.getInt(2), new Column(
                            rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getBoolean(6),
                            rs.getBoolean(7), rs.getString(8)));
                }
            }
            statement.getMoreResults();
            try (ResultSet rs = statement.getResultSet()) {
                while (rs.next()) {
                    long oid = rs.getLong(1);
                    tables.put(oid, new Table(oid, rs.getString(2), rs.getString(3), rs.getString(4).charAt(0),
                            rs.getLong(5), rs.getString(6), Collections.unmodifiableMap(columns.getOrDefault(oid, Map.of()))));
                }
            }
            statement.getMoreResults();
            try (ResultSet rs = statement.getResultSet()) {
                while (rs.next()) {
                    constraints.put(rs.getLong(1), new Constraint(rs.getLong(1), rs.getLong(2), rs.getString(3),
                            rs.getString(4).charAt(0), rs.getBoolean(5), numbers(rs.getString(6)), rs.getLong(7), rs.getString(8)));
                }
            }
            statement.getMoreResults();
            try (ResultSet rs = statement.getResultSet()) {
                while (rs.next()) {
                    indexes.put(rs.getLong(1), new Index(rs.getLong(1), rs.getLong(2), rs.getString(3), numbers(rs.getString(4))));
                }
            }
        }
        return new Catalog(Collections.unmodifiableMap(tables), Collections.unmodifiableMap(constraints),
                Collections.unmodifiableMap(indexes));
    }

    Optional<Table> table(long oid) {
        return Optional.ofNullable(tables.get(oid));
    }

    /** The table's column {@code number}, if both exist. */
    Optional<Column> column(long table, int number) {
        return table(table).map(t -> t.columns().get(number));
    }

    List<Constraint> constraintsOf(long table) {
        return constraints.values().stream().filter(c -> c.table() == table).toList();
    }

    List<Index> indexesOf(long table) {
        return indexes.values().stream().filter(i -> i.table() == table).toList();
    }

    private static List<Integer> numbers(String spaced) {
        if (spaced == null || spaced.isBlank()) {
            return List.of();
        }
        return Arrays.stream(spaced.trim().split("\\s+")).map(Integer::valueOf).toList();
    }
}
