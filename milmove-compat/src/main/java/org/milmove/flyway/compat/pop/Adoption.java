package org.milmove.flyway.compat.pop;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.output.ValidateResult;

/**
 * Adopts a database that MilMove's Go migrator (pop) migrated: writes one Flyway history row for each version pop
 * recorded in {@code schema_migration}, with the version, description, type, script and checksum Flyway itself
 * resolves for the file, so that nothing is applied again and {@code validate} passes. Versions pop never recorded
 * stay pending (a baseline would skip them for good).
 *
 * <pre>{@code
 * Flyway flyway = ...; // configured exactly as migrate will be: every versioned manifest, same resources
 * AdoptionPlan plan = Adoption.plan(flyway);
 * Adoption.adopt(flyway, plan);
 * }</pre>
 */
public final class Adoption {
    /** Written to {@code installed_by}, so adopted rows can be told from migrations Flyway ran. */
    public static final String INSTALLED_BY = "milmove-adopt";

    private Adoption() {
    }

    /**
     * Fails when the database has pop's history and no Flyway history: Flyway would otherwise apply everything again
     * or ask for a baseline, which would skip pop's gaps for good.
     *
     * @throws AdoptionException saying to adopt the database first
     */
    public static void requireAdopted(Configuration configuration) {
        try (Connection c = configuration.getDataSource().getConnection()) {
            HistoryTable history = HistoryTable.of(configuration, c);
            if (history.rows(c) == 0) {
                int recorded = PopHistory.versions(c).size();
                if (recorded > 0) {
                    throw new AdoptionException("This database records " + recorded + " applied migrations in pop's"
                            + " schema_migration and has no Flyway history (" + history.qualified() + "): adopt it first"
                            + " (milmove db adopt), so that nothing is applied twice.");
                }
            }
        } catch (SQLException e) {
            throw new FlywayException("Could not read the migration history: " + e.getMessage(), e);
        }
    }

    /**
     * Works out what adoption would write, without writing anything.
     *
     * @param flyway configured exactly as {@code migrate} will be, with every versioned manifest
     * @throws AdoptionException when the database already has Flyway history, or has no pop history to adopt
     */
    public static AdoptionPlan plan(Flyway flyway) {
        List<String> recorded = recordedVersions(flyway.getConfiguration());
        List<MigrationInfo> resolved = Arrays.stream(flyway.info().all())
                .filter(info -> info.getVersion() != null && info.getState() == MigrationState.PENDING)
                .sorted(Comparator.comparing(MigrationInfo::getVersion))
                .toList();
        Set<String> popVersions = new LinkedHashSet<>(recorded);
        List<AdoptedMigration> adopted = new ArrayList<>();
        List<String> pending = new ArrayList<>();
        for (MigrationInfo info : resolved) {
            String version = PopHistory.version(info.getScript());
            if (popVersions.remove(version)) {
                adopted.add(new AdoptedMigration(version, info.getDescription(), info.getType().name(),
                        info.getScript(), info.getChecksum()));
            } else {
                pending.add(version);
            }
        }
        return new AdoptionPlan(adopted, pending, List.copyOf(popVersions));
    }

    /**
     * Writes the plan's rows in one transaction, with the history table locked against concurrent migrators, then
     * validates with Flyway.
     *
     * @throws AdoptionException when Flyway history appeared meanwhile, or Flyway does not validate the result
     */
    public static void adopt(Flyway flyway, AdoptionPlan plan) {
        Configuration configuration = flyway.getConfiguration();
        try (Connection c = configuration.getDataSource().getConnection()) {
            c.setAutoCommit(false);
            try {
                write(c, HistoryTable.of(configuration, c), plan.adopted());
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new FlywayException("Could not write the Flyway history: " + e.getMessage(), e);
        }
        validate(configuration);
    }

    private static List<String> recordedVersions(Configuration configuration) {
        try (Connection c = configuration.getDataSource().getConnection()) {
            HistoryTable history = HistoryTable.of(configuration, c);
            requireNoFlywayHistory(c, history);
            if (!PopHistory.exists(c)) {
                throw new AdoptionException("This database has no pop schema_migration table: there is nothing to adopt."
                        + " Run migrate instead.");
            }
            return PopHistory.versions(c);
        } catch (SQLException e) {
            throw new FlywayException("Could not read the migration history: " + e.getMessage(), e);
        }
    }

    private static void requireNoFlywayHistory(Connection c, HistoryTable history) throws SQLException {
        long rows = history.rows(c);
        if (rows > 0) {
            throw new AdoptionException("This database is already adopted: " + history.qualified() + " has " + rows
                    + " rows. Nothing was written; use migrate, info and validate.");
        }
    }

    private static void write(Connection c, HistoryTable history, List<AdoptedMigration> rows) throws SQLException {
        try (Statement s = c.createStatement()) {
            // One adoption at a time; the table lock below keeps migrators from reading a half-written history.
            s.execute("SELECT pg_advisory_xact_lock(hashtext('milmove-adopt ' || " + literal(history.qualified()) + "))");
            if (!history.exists(c)) {
                history.create(c);
            }
            s.execute("LOCK TABLE " + history.qualified() + " IN ACCESS EXCLUSIVE MODE");
        }
        requireNoFlywayHistory(c, history);
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO " + history.qualified()
                + " (installed_rank, version, description, type, script, checksum, installed_by, execution_time, success)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, 0, true)")) {
            int rank = 1;
            for (AdoptedMigration row : rows) {
                insert.setInt(1, rank++);
                insert.setString(2, row.version());
                insert.setString(3, row.description());
                insert.setString(4, row.type());
                insert.setString(5, row.script());
                insert.setObject(6, row.checksum(), Types.INTEGER);
                insert.setString(7, INSTALLED_BY);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void validate(Configuration configuration) {
        ValidateResult result = Flyway.configure(configuration.getClassLoader())
                .configuration(configuration)
                .ignoreMigrationPatterns("*:future", "*:pending")
                .load()
                .validateWithResult();
        if (!result.validationSuccessful) {
            throw new AdoptionException("The adopted history does not validate: " + result.getAllErrorMessages());
        }
    }

    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
