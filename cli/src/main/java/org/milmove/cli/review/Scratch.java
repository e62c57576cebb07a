package org.milmove.cli.review;

import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A database of the review's own on the dev database's server, with the same credentials: a clone of the dev
 * database ({@code CREATE DATABASE … TEMPLATE}, which needs no other session on it) or an empty one. Dropped when
 * closed, whatever happened; the dev database is only ever read.
 */
final class Scratch implements AutoCloseable {
    private final DataSource server;
    private final String name;
    private final DataSource dataSource;

    private Scratch(DataSource server, String name, DataSource dataSource) {
        this.server = server;
        this.name = name;
        this.dataSource = dataSource;
    }

    /**
     * @param dev   the dev database; the scratch database is created from a session on it (one's own session does
     *              not count as another user of a template)
     * @param clone whether to copy the dev database or start empty
     */
    static Scratch create(DataSource dev, boolean clone) throws SQLException {
        String name = "milmove_review_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection connection = dev.getConnection(); Statement statement = connection.createStatement()) {
            String template = "";
            if (clone) {
                try (ResultSet rs = statement.executeQuery("SELECT quote_ident(current_database())")) {
                    rs.next();
                    template = " TEMPLATE " + rs.getString(1);
                }
            }
            statement.execute("CREATE DATABASE " + name + template);
        }
        return new Scratch(dev, name, new SameServer(dev.unwrap(PGSimpleDataSource.class), name));
    }

    DataSource dataSource() {
        return dataSource;
    }

    @Override
    public void close() throws SQLException {
        try (Connection connection = server.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }

    /**
     * The dev database's connection settings with another database name. The password is asked of the dev
     * database's data source at each connection, as it does itself (an IAM token expires).
     */
    private static final class SameServer extends PGSimpleDataSource {
        private final transient PGSimpleDataSource dev;

        SameServer(PGSimpleDataSource dev, String name) throws SQLException {
            this.dev = dev;
            try {
                initializeFrom(dev);
            } catch (IOException | ClassNotFoundException e) {
                throw new SQLException("could not copy the connection settings of the dev database", e);
            }
            setDatabaseName(name);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return getConnection(getUser(), dev.getPassword());
        }
    }
}
