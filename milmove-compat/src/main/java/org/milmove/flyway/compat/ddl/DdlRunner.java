package org.milmove.flyway.compat.ddl;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.flywaydb.core.api.resource.LoadableResource;

/**
 * Runs DDL phases as MilMove does after its main migrations, except that each file runs in a transaction of its own
 * (MilMove autocommits statement by statement, so a failing file could leave half its changes).
 */
public final class DdlRunner {
    /** PgJDBC sends several statements in one execute, but not COPY data; DDL files have none. */
    private static final Pattern COPY_FROM_STDIN = Pattern.compile("(?im)^\\s*COPY\\s.*\\sFROM\\s+stdin");

    private DdlRunner() {
    }

    /**
     * Runs every file of every phase, in order, stopping at the first failure.
     *
     * @param ran told about each file once it has committed
     * @throws DdlMigrationException naming the phase and file that failed, with the database's message, which quotes
     *                               statements and values: redact it by {@link DdlMigrationException#location()} where
     *                               files may hold sensitive data
     */
    public static List<DdlResult> run(DataSource dataSource, List<DdlPhase> phases, Consumer<DdlResult> ran) {
        List<DdlResult> results = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            for (DdlPhase phase : phases) {
                for (LoadableResource file : phase.files()) {
                    DdlResult result = runFile(connection, phase, file);
                    results.add(result);
                    ran.accept(result);
                }
            }
        } catch (SQLException e) {
            throw new DdlMigrationException("Could not connect to run the DDL phases: " + e.getMessage(), null, e);
        }
        return results;
    }

    /**
     * Reads every file of every phase as {@link #run} would, without a database: a file that cannot be read, or that
     * {@link #run} would refuse, fails here.
     *
     * @throws DdlMigrationException naming the phase and file
     */
    public static void check(List<DdlPhase> phases) {
        for (DdlPhase phase : phases) {
            for (LoadableResource file : phase.files()) {
                runnableText(phase, file);
            }
        }
    }

    private static DdlResult runFile(Connection connection, DdlPhase phase, LoadableResource file) throws SQLException {
        String sql = runnableText(phase, file);
        long start = System.nanoTime();
        try (Statement statement = connection.createStatement()) {
            if (!sql.isBlank()) {
                statement.execute(sql);
            }
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw new DdlMigrationException(phase.name() + " file " + file.getAbsolutePath() + " failed and was rolled back: "
                    + e.getMessage(), file.getAbsolutePath(), e);
        }
        return new DdlResult(phase.name(), file.getFilename(), (System.nanoTime() - start) / 1_000_000);
    }

    private static String runnableText(DdlPhase phase, LoadableResource file) {
        String sql = text(file);
        if (COPY_FROM_STDIN.matcher(sql).find()) {
            throw new DdlMigrationException(phase.name() + " file " + file.getAbsolutePath() + " has COPY ... FROM stdin,"
                    + " which DDL files cannot run; move the data into a migration of the main or DML manifest",
                    file.getAbsolutePath(), null);
        }
        return sql;
    }

    private static String text(LoadableResource file) {
        try (Reader reader = file.read()) {
            StringWriter text = new StringWriter();
            reader.transferTo(text);
            return text.toString();
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + file.getAbsolutePath(), e);
        }
    }
}
