package org.milmove.pricing.dump;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.milmove.pricing.dump.Catalog.TableInfo;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyOut;

/** Helpers to check a dump against its source: which tables it loads, an empty copy of them, and their digests. */
public final class DumpVerification {
    private static final String COLUMN_DEFINITIONS = """
            SELECT quote_ident(attname), format_type(atttypid, atttypmod), CASE WHEN attnotnull THEN ' NOT NULL' ELSE '' END
            FROM pg_catalog.pg_attribute
            WHERE attrelid = ?::regclass AND attnum > 0 AND NOT attisdropped
            ORDER BY attnum""";
    // Primary, unique and check constraints first, foreign keys last (their parents must exist by then).
    private static final String CONSTRAINTS = """
            SELECT quote_ident(c.conname), pg_catalog.pg_get_constraintdef(c.oid), c.contype,
                   coalesce(quote_ident(n.nspname) || '.' || quote_ident(r.relname), '')
            FROM pg_catalog.pg_constraint c
            LEFT JOIN pg_catalog.pg_class r ON r.oid = c.confrelid
            LEFT JOIN pg_catalog.pg_namespace n ON n.oid = r.relnamespace
            WHERE c.conrelid = ?::regclass AND c.contype IN ('p', 'u', 'c', 'f')
            ORDER BY c.contype = 'f', c.conname""";

    private DumpVerification() {
    }

    /** The quoted names of the tables a dump file copies into, in file order; reads the file as a stream. */
    public static List<String> copiedTables(Path dump) throws IOException {
        Set<String> tables = new LinkedHashSet<>();
        try (InputStream in = new BufferedInputStream(Files.newInputStream(dump))) {
            LineReader reader = new LineReader(in);
            boolean inData = false;
            int length;
            while ((length = reader.next()) >= 0) {
                String start = new String(reader.line(), 0, Math.min(length, 5), StandardCharsets.UTF_8);
                if (inData) {
                    inData = !(length == 3 && start.equals("\\.\n"));
                } else if (start.equals("COPY ")) {
                    String line = new String(reader.line(), 0, length, StandardCharsets.UTF_8);
                    tables.add(line.substring(5, line.indexOf(" (")));
                    inData = true;
                }
            }
        }
        return List.copyOf(tables);
    }

    /** The table named by a quoted, schema-qualified name such as {@code public.re_zip3s}. */
    public static TableName table(Connection c, String sqlName) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                SELECT n.nspname, r.relname, quote_ident(n.nspname) || '.' || quote_ident(r.relname)
                FROM pg_catalog.pg_class r JOIN pg_catalog.pg_namespace n ON n.oid = r.relnamespace
                WHERE r.oid = to_regclass(?)""")) {
            s.setString(1, sqlName);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    throw new DumpException("Table " + sqlName + " does not exist in the source database");
                }
                return new TableName(rs.getString(1), rs.getString(2), rs.getString(3));
            }
        }
    }

    /**
     * Creates {@code tables} in {@code target} with the columns, primary keys, unique and check constraints of
     * {@code source}, and the foreign keys between them; no data, no indexes beyond the constraints'.
     */
    public static void createStructure(Connection source, Connection target, List<TableName> tables) throws SQLException {
        Set<String> names = new LinkedHashSet<>(tables.stream().map(TableName::sql).toList());
        List<String> foreignKeys = new ArrayList<>();
        try (Statement ddl = target.createStatement()) {
            for (TableName t : tables) {
                ddl.execute("CREATE SCHEMA IF NOT EXISTS " + quoteIdent(source, t.schema()));
                ddl.execute(createTable(source, t));
                for (String[] con : rows(source, CONSTRAINTS, t, 4)) {
                    String add = "ALTER TABLE " + t.sql() + " ADD CONSTRAINT " + con[0] + " " + con[1];
                    if (!con[2].equals("f")) {
                        ddl.execute(add);
                    } else if (names.contains(con[3])) {
                        foreignKeys.add(add);
                    }
                }
            }
            for (String fk : foreignKeys) {
                ddl.execute(fk);
            }
        }
    }

    public static TableDigest digest(Connection c, TableName table) throws SQLException, IOException {
        TableInfo info = Catalog.describe(c, table);
        MessageDigest sha = sha256();
        long rows = 0;
        CopyOut out = c.unwrap(PGConnection.class).getCopyAPI().copyOut("COPY (" + info.orderedSelect() + ") TO STDOUT");
        byte[] row;
        while ((row = out.readFromCopy()) != null) {
            sha.update(row);
            rows++;
        }
        return new TableDigest(table, rows, HexFormat.of().formatHex(sha.digest()));
    }

    private static String createTable(Connection source, TableName t) throws SQLException {
        List<String> columns = new ArrayList<>();
        for (String[] col : rows(source, COLUMN_DEFINITIONS, t, 3)) {
            columns.add(col[0] + " " + col[1] + col[2]);
        }
        return "CREATE TABLE " + t.sql() + " (" + String.join(", ", columns) + ")";
    }

    private static List<String[]> rows(Connection c, String sql, TableName t, int width) throws SQLException {
        List<String[]> rows = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, t.sql());
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String[] row = new String[width];
                    for (int i = 0; i < width; i++) {
                        row[i] = rs.getString(i + 1);
                    }
                    rows.add(row);
                }
            }
        }
        return rows;
    }

    private static String quoteIdent(Connection c, String name) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT quote_ident(?)")) {
            s.setString(1, name);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
