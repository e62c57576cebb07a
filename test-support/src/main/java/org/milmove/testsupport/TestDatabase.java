package org.milmove.testsupport;

import java.sql.Connection;
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

    /** The same server, another database on it (for tests that need a second one). */
    public TestDatabase withName(String otherName) {
        return new TestDatabase(host, port, otherName, user, password);
    }
}
