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
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyOut;

/** Helpers to check a dump against its source: which tables it loads, and their digests. */
public final class DumpVerification {
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

    /** Row count and a hash of every column's text, generated columns included, rows in primary key order. */
    public static TableDigest digest(Connection c, TableName table) throws SQLException, IOException {
        return digest(c, table, "true");
    }

    /** {@link #digest(Connection, TableName)} of the rows for which {@code condition} holds. */
    public static TableDigest digest(Connection c, TableName table, String condition) throws SQLException, IOException {
        TableInfo info = Catalog.describe(c, table);
        MessageDigest sha = sha256();
        long rows = 0;
        CopyOut out = c.unwrap(PGConnection.class).getCopyAPI().copyOut("COPY (" + info.orderedSelectAll(condition) + ") TO STDOUT");
        byte[] row;
        while ((row = out.readFromCopy()) != null) {
            sha.update(row);
            rows++;
        }
        return new TableDigest(table, rows, HexFormat.of().formatHex(sha.digest()));
    }

    /** The tables whose names start with re_ that {@code c} sees, by name. */
    public static List<TableName> pricingTables(Connection c) throws SQLException {
        return Catalog.tables(c).stream().filter(t -> t.visible() && t.name().name().startsWith("re_"))
                .map(Catalog.CatalogTable::name).sorted().toList();
    }

    /**
     * Makes {@code to}'s pricing tables hold exactly the rows of {@code from}'s, ids included, in one transaction:
     * a scratch copy to try a migration on. Both databases must have the same tables.
     *
     * @return the rows copied
     */
    public static long copyPricingTables(Connection from, Connection to) throws SQLException {
        List<TableInfo> tables = new ArrayList<>();
        for (TableName t : pricingTables(from)) {
            tables.add(Catalog.describe(from, t));
        }
        boolean autoCommit = to.getAutoCommit();
        to.setAutoCommit(false);
        try (Statement s = to.createStatement()) {
            s.execute("TRUNCATE " + String.join(", ", tables.stream().map(t -> t.name().sql()).toList()));
            long rows = 0;
            for (TableInfo t : LoadOrder.sort(tables)) {
                CopyOut out = from.unwrap(PGConnection.class).getCopyAPI().copyOut("COPY (" + t.orderedSelect() + ") TO STDOUT");
                CopyIn in = to.unwrap(PGConnection.class).getCopyAPI().copyIn(t.copyStatement().replace(" stdin;", " STDIN"));
                byte[] row;
                while ((row = out.readFromCopy()) != null) {
                    in.writeToCopy(row, 0, row.length);
                }
                rows += in.endCopy();
            }
            to.commit();
            return rows;
        } catch (SQLException | RuntimeException e) {
            to.rollback();
            throw e;
        } finally {
            to.setAutoCommit(autoCommit);
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
