package org.milmove.testsupport;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/** A database of its own for one test class, on a real PostgreSQL server. */
public record TestDatabase(String host, int port, String name, String user, String password) {

    public String jdbcUrl() {
        return "jdbc:postgresql://" + host + ":" + port + "/" + name;
    }

    public DataSource dataSource() {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setServerNames(new String[] {host});
        ds.setPortNumbers(new int[] {port});
        ds.setDatabaseName(name);
        ds.setUser(user);
        ds.setPassword(password);
        return ds;
    }

    public Connection connect() throws SQLException {
        return dataSource().getConnection();
    }

    /** The first column of every row {@code sql} returns, as text (NULL as null). */
    public List<String> column(String sql) throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rs.next()) {
                values.add(rs.getString(1));
            }
            return values;
        }
    }

    /** Runs SQL that returns nothing (several statements allowed). */
    public void execute(String sql) throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /** Drops everything in the public schema, Flyway's history included: a fresh start for the next test. */
    public void emptyPublicSchema() throws SQLException {
        execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public;");
    }

    /**
     * Ends, from another connection, the session running a query that contains {@code fragment}, as soon as one does
     * (within a minute): what a server restart does to a migration in flight.
     */
    public void terminateOnceRunning(String fragment) {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement("SELECT pg_terminate_backend(pid)"
                + " FROM pg_stat_activity WHERE strpos(query, ?) > 0 AND pid <> pg_backend_pid()")) {
            s.setString(1, fragment);
            for (int attempt = 0; attempt < 600; attempt++) {
                try (ResultSet rs = s.executeQuery()) {
                    if (rs.next()) {
                        return;
                    }
                }
                Thread.sleep(100);
            }
            throw new AssertionError("no session ran " + fragment + " within a minute");
        } catch (SQLException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The same server, another database on it (for tests that need a second one). */
    public TestDatabase withName(String otherName) {
        return new TestDatabase(host, port, otherName, user, password);
    }
}
