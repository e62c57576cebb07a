package org.milmove.flyway.compat.pop;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.configuration.Configuration;

/** Flyway's schema history table, where the configuration puts it. */
record HistoryTable(String schema, String table) {

    static HistoryTable of(Configuration configuration, Connection connection) throws SQLException {
        String schema = configuration.getDefaultSchema();
        if (schema == null && configuration.getSchemas().length > 0) {
            schema = configuration.getSchemas()[0];
        }
        if (schema == null) {
            try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT current_schema()")) {
                rs.next();
                schema = rs.getString(1);
            }
        }
        return new HistoryTable(schema, configuration.getTable());
    }

    String qualified() {
        return quote(schema) + "." + quote(table);
    }

    boolean exists(Connection connection) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_class c"
                + " JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = ? AND c.relname = ?"
                + " AND c.relkind = 'r')")) {
            s.setString(1, schema);
            s.setString(2, table);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    long rows(Connection connection) throws SQLException {
        if (!exists(connection)) {
            return 0;
        }
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM " + qualified())) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Flyway 13's own DDL for the table (PostgreSQLDatabase), so Flyway later finds what it would have created. */
    void create(Connection connection) throws SQLException {
        String index = quote(table + "_s_idx");
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE TABLE " + qualified() + " (\n"
                    + "    \"installed_rank\" INT NOT NULL,\n"
                    + "    \"version\" VARCHAR(50),\n"
                    + "    \"description\" VARCHAR(200) NOT NULL,\n"
                    + "    \"type\" VARCHAR(20) NOT NULL,\n"
                    + "    \"script\" VARCHAR(1000) NOT NULL,\n"
                    + "    \"checksum\" INTEGER,\n"
                    + "    \"installed_by\" VARCHAR(100) NOT NULL,\n"
                    + "    \"installed_on\" TIMESTAMP NOT NULL DEFAULT now(),\n"
                    + "    \"execution_time\" INTEGER NOT NULL,\n"
                    + "    \"success\" BOOLEAN NOT NULL\n"
                    + ");\n"
                    + "ALTER TABLE " + qualified() + " ADD CONSTRAINT " + quote(table + "_pk") + " PRIMARY KEY (\"installed_rank\");\n"
                    + "CREATE INDEX " + index + " ON " + qualified() + " (\"success\");");
        }
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
