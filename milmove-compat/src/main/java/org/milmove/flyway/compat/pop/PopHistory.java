package org.milmove.flyway.compat.pop;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** pop's {@code schema_migration} table: one {@code version} column, the leading digits of each applied file's name. */
final class PopHistory {
    /** pop v6.1.1's DDL on a fresh database. */
    private static final String CREATE = "CREATE TABLE \"schema_migration\" (\"version\" VARCHAR (14) NOT NULL,"
            + " PRIMARY KEY(\"version\")); CREATE UNIQUE INDEX \"schema_migration_version_idx\" ON \"schema_migration\" (version);";
    private static final Pattern VERSION = Pattern.compile("^(\\d+)_");

    private PopHistory() {
    }

    static boolean exists(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT to_regclass('schema_migration') IS NOT NULL")) {
            rs.next();
            return rs.getBoolean(1);
        }
    }

    static void createIfAbsent(Connection connection) throws SQLException {
        if (!exists(connection)) {
            try (Statement s = connection.createStatement()) {
                s.execute(CREATE);
            }
        }
    }

    /** Every recorded version, as text exactly as pop wrote it; empty when the table does not exist. */
    static List<String> versions(Connection connection) throws SQLException {
        List<String> versions = new ArrayList<>();
        if (!exists(connection)) {
            return versions;
        }
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT version FROM schema_migration ORDER BY version")) {
            while (rs.next()) {
                versions.add(rs.getString(1));
            }
        }
        return versions;
    }

    /** The version pop records for a migration file: the leading digit run of its name. */
    static String version(String script) {
        String fileName = script.substring(script.lastIndexOf('/') + 1);
        Matcher m = VERSION.matcher(fileName);
        if (!m.find()) {
            throw new IllegalArgumentException("not a migration file name: " + script);
        }
        return m.group(1);
    }
}
