package org.milmove.pricing.dump;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.milmove.pricing.dump.Catalog.TableInfo;

/**
 * Writes a data-only dump of the selected tables that Flyway can apply as a migration: a header comment (contract,
 * source database name, tables and row counts; no connection secrets), then each table's rows as
 * {@code COPY ... FROM stdin} blocks, tables in foreign key order, blocks bounded in size. Rows that MilMove's Go
 * migrator would load differently from COPY follow their table's blocks as INSERT statements, so that psql, Flyway
 * and MilMove load the same rows ({@link MilMoveReading}).
 *
 * <p>Row counts, table order and data all come from one repeatable-read snapshot (pg_dump joins it through
 * {@code --snapshot}), so the header always matches the data.
 */
public final class PricingDump {
    private PricingDump() {
    }

    /** Dumps into {@code out}, which is flushed but not closed. */
    public static DumpResult dump(DumpSource source, DumpRequest request, OutputStream out) {
        return dump(source, request, out, source.dataSource()::getConnection, KeyRanges.ROWS_PER_RANGE);
    }

    /** With the jdbc engine's readers opened by {@code readers}, big tables split every {@code rowsPerRange} rows. */
    static DumpResult dump(DumpSource source, DumpRequest request, OutputStream out, JdbcEngine.Connections readers,
            long rowsPerRange) {
        try (Connection c = source.dataSource().getConnection()) {
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            c.setReadOnly(true);
            DumpResult result = dump(c, source, request, out, readers, rowsPerRange);
            c.commit();
            return result;
        } catch (SQLException e) {
            throw new DumpException("Could not dump " + source + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the dump", e);
        }
    }

    private static DumpResult dump(Connection c, DumpSource source, DumpRequest request, OutputStream out,
            JdbcEngine.Connections readers, long rowsPerRange) throws SQLException, IOException {
        List<TableName> names = request.selection().resolve(c);
        List<TableInfo> tables = new ArrayList<>();
        for (TableName name : names) {
            TableInfo table = Catalog.describe(c, name);
            MilMoveReading.requireUnquotedNames(table);
            tables.add(table);
        }
        tables = LoadOrder.sort(tables);
        List<TableCount> counts = new ArrayList<>();
        for (TableInfo t : tables) {
            counts.add(new TableCount(t.name(), Catalog.count(c, t.name())));
        }
        PgDumpClient pgDump = chooseEngine(request, c.getMetaData().getDatabaseMajorVersion());
        String engine = pgDump == null ? "jdbc" : "pg_dump " + pgDump.version();
        BufferedOutputStream buffered = new BufferedOutputStream(out, 1 << 16);
        CopyWriter w = new CopyWriter(buffered, request.limits());
        Header.write(w, request, source.database(), engine, counts);
        if (pgDump == null) {
            JdbcEngine.write(c, readers, request.jobs(), rowsPerRange, tables, counts, w, request.progress());
        } else {
            PgDumpEngine.write(source, pgDump, exportSnapshot(c), tables, counts, w, request.progress());
        }
        Header.writeEnd(w, counts);
        buffered.flush();
        return new DumpResult(pgDump == null ? Engine.JDBC : Engine.PG_DUMP,
                pgDump == null ? "jdbc" : pgDump.version(), counts, w.bytes(), w.blocks(), w.insertRows());
    }

    /** The pg_dump to run, or null for the jdbc engine. */
    static PgDumpClient chooseEngine(DumpRequest request, int serverMajor) {
        if (request.engine() == Engine.JDBC) {
            return null;
        }
        var program = PgDumpClient.locate(request.pgDump(), System.getenv("PATH"));
        if (program.isEmpty()) {
            if (request.engine() == Engine.AUTO) {
                return null;
            }
            throw new DumpException((request.pgDump() == null ? "pg_dump was not found on the PATH"
                    : request.pgDump() + " is not an executable program")
                    + "; install the PostgreSQL " + serverMajor + " client (postgresql-client-" + serverMajor
                    + ") or use the jdbc engine");
        }
        PgDumpClient client = PgDumpClient.probe(program.get());
        if (client.canDump(serverMajor)) {
            return client;
        }
        if (request.engine() == Engine.AUTO) {
            return null;
        }
        throw new DumpException(client.program() + " is version " + client.version() + ", older than the server (PostgreSQL "
                + serverMajor + "), which pg_dump refuses; install the PostgreSQL " + serverMajor
                + " client or use the jdbc engine");
    }

    static String exportSnapshot(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT pg_catalog.pg_export_snapshot()")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
