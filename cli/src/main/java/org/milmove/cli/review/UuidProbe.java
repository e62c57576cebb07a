package org.milmove.cli.review;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Counts the random UUIDs the reviewed migration generates, inside the review transaction (so that nothing of it
 * outlives the review). {@code uuid_generate_v4()} (uuid-ossp) and an extension's {@code gen_random_uuid()} are
 * replaced in place, keeping their OIDs, so that column defaults that call them are counted too. The built-in
 * {@code pg_catalog.gen_random_uuid()} cannot be: PostgreSQL calls its C code by OID whatever the catalog says. A
 * counting function of that name is put in the current schema instead, ahead of {@code pg_catalog} on the search
 * path: explicit calls are counted, column defaults bound to the built-in are not.
 */
final class UuidProbe {
    /** A transaction-local setting: reset by the rollback. */
    static final String COUNTER = "milmove_review.uuid_calls";

    private static final String BODY = "RETURNS uuid LANGUAGE plpgsql VOLATILE AS $milmove_review$ BEGIN"
            + " PERFORM pg_catalog.set_config('" + COUNTER + "', (coalesce(nullif(pg_catalog.current_setting('" + COUNTER
            + "', true), ''), '0')::bigint + 1)::text, true);"
            + " RETURN pg_catalog.gen_random_uuid(); END $milmove_review$";

    private UuidProbe() {
    }

    /** Installs the counters; on failure (not the functions' owner) nothing is installed and the reason is returned. */
    static Optional<String> install(Connection connection) throws SQLException {
        Savepoint before = connection.setSavepoint();
        try (Statement statement = connection.createStatement()) {
            for (String function : generators(statement)) {
                statement.execute("CREATE OR REPLACE FUNCTION " + function + "() " + BODY);
            }
            String schema = currentSchema(statement);
            if (schema == null) {
                connection.releaseSavepoint(before);
                return Optional.of("gen_random_uuid() calls are not counted: the search path names no existing schema");
            }
            statement.execute("CREATE OR REPLACE FUNCTION " + quote(schema) + ".gen_random_uuid() " + BODY);
            // pg_catalog is searched first unless the path names it: named last, the counting function wins.
            statement.execute("SELECT pg_catalog.set_config('search_path', pg_catalog.current_setting('search_path')"
                    + " || ', pg_catalog', true)");
            connection.releaseSavepoint(before);
            return Optional.empty();
        } catch (SQLException e) {
            connection.rollback(before);
            return Optional.of("uuid_generate_v4() and gen_random_uuid() calls are not counted: " + e.getMessage());
        }
    }

    private static List<String> generators(Statement statement) throws SQLException {
        List<String> functions = new ArrayList<>();
        try (ResultSet rs = statement.executeQuery("SELECT quote_ident(n.nspname) || '.' || quote_ident(p.proname)"
                + " FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace"
                + " WHERE p.proname IN ('uuid_generate_v4', 'gen_random_uuid') AND p.pronargs = 0"
                + " AND n.nspname <> 'pg_catalog'")) {
            while (rs.next()) {
                functions.add(rs.getString(1));
            }
        }
        return functions;
    }

    private static String currentSchema(Statement statement) throws SQLException {
        try (ResultSet rs = statement.executeQuery("SELECT current_schema()")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
