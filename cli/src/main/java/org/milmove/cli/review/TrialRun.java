package org.milmove.cli.review;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.util.PSQLException;

/**
 * Runs one migration's statements, one at a time, in a transaction that is always rolled back, and measures after
 * each: the catalog, new locks on tables that existed before, scans, written rows and generated UUIDs.
 */
final class TrialRun {
    private TrialRun() {
    }

    static Trial run(DataSource scratch, List<SqlStatement> statements) throws SQLException {
        try (Connection connection = scratch.getConnection()) {
            Catalog before = Catalog.read(connection);
            connection.setAutoCommit(false);
            try {
                List<String> notes = new ArrayList<>();
                UuidProbe.install(connection).ifPresent(notes::add);
                List<StatementRun> runs = new ArrayList<>();
                Measure last = Measure.take(connection);
                Catalog catalog = before;
                for (SqlStatement statement : statements) {
                    Execution execution = Execution.of(statement);
                    if (execution == Execution.NOT_RUN) {
                        runs.add(new StatementRun(statement, execution, catalog, Set.of(), 0, 0, 0));
                        continue;
                    }
                    try {
                        execute(connection, statement, execution);
                    } catch (SQLException e) {
                        return new Trial(before, runs, Optional.of(new Trial.Failure(statement, message(e))), notes);
                    }
                    Measure now = Measure.take(connection);
                    catalog = Catalog.read(connection);
                    runs.add(new StatementRun(statement, execution, catalog, newLocksOnExisting(before, last, now),
                            now.tableReads() - last.tableReads(), now.rowsWritten() - last.rowsWritten(),
                            now.uuidCalls() - last.uuidCalls()));
                    last = now;
                }
                return new Trial(before, runs, Optional.empty(), notes);
            } finally {
                connection.rollback();
            }
        }
    }

    private static void execute(Connection connection, SqlStatement statement, Execution execution) throws SQLException {
        if (statement.isCopy()) {
            try {
                connection.unwrap(PGConnection.class).getCopyAPI()
                        .copyIn(statement.sql(), new StringReader(statement.copyData()));
            } catch (IOException e) {
                throw new SQLException("could not send the COPY data", e);
            }
            return;
        }
        try (Statement sql = connection.createStatement()) {
            sql.execute(execution.sql(statement));
        }
    }

    /** The server's one-line message, without PgJDBC's "ERROR: " and position lines. */
    private static String message(SQLException e) {
        if (e instanceof PSQLException server && server.getServerErrorMessage() != null
                && server.getServerErrorMessage().getMessage() != null) {
            return server.getServerErrorMessage().getMessage();
        }
        return e.getMessage().lines().findFirst().orElse("");
    }

    private static Set<Measure.Lock> newLocksOnExisting(Catalog before, Measure last, Measure now) {
        Set<Measure.Lock> added = new HashSet<>(now.locks());
        added.removeAll(last.locks());
        added.removeIf(lock -> !before.tables().containsKey(lock.relation()));
        return Set.copyOf(added);
    }
}
