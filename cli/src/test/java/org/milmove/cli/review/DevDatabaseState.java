package org.milmove.cli.review;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.milmove.testsupport.TestDatabase;

/**
 * What must not change in the dev database when a migration is reviewed: its catalog (tables, columns with types,
 * defaults and comments, constraints, indexes, functions), its rows, its Flyway and pop histories; and that no scratch
 * database is left on the server.
 */
final class DevDatabaseState {
    private DevDatabaseState() {
    }

    static List<String> of(TestDatabase db) throws SQLException {
        List<String> state = new ArrayList<>();
        state.addAll(db.column("SELECT c.relname || ' ' || c.relkind::text || ' ' || coalesce(obj_description(c.oid, 'pg_class'), '')"
                + " FROM pg_class c WHERE c.relnamespace = 'public'::regnamespace ORDER BY 1"));
        state.addAll(db.column("SELECT attrelid::regclass || '.' || attname || ' ' || format_type(atttypid, atttypmod)"
                + " || ' ' || attnotnull || ' ' || coalesce(pg_get_expr(d.adbin, d.adrelid), '')"
                + " || ' ' || coalesce(col_description(attrelid, attnum), '')"
                + " FROM pg_attribute a LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum"
                + " JOIN pg_class c ON c.oid = a.attrelid"
                + " WHERE c.relnamespace = 'public'::regnamespace AND attnum > 0 AND NOT attisdropped ORDER BY 1"));
        state.addAll(db.column("SELECT conname || ' ' || convalidated || ' ' || pg_get_constraintdef(oid) FROM pg_constraint"
                + " WHERE connamespace = 'public'::regnamespace ORDER BY 1"));
        state.addAll(db.column("SELECT p.oid::regprocedure || ' ' || md5(p.prosrc) FROM pg_proc p"
                + " WHERE p.proname IN ('uuid_generate_v4', 'gen_random_uuid', 'lock_orders') ORDER BY 1"));
        for (String table : db.column("SELECT quote_ident(relname) FROM pg_class"
                + " WHERE relnamespace = 'public'::regnamespace AND relkind = 'r' ORDER BY 1")) {
            state.addAll(db.column("SELECT '" + table + " rows: ' || count(*) || ' ' || coalesce(md5(string_agg(t::text, ','"
                    + " ORDER BY t::text)), '') FROM " + table + " t"));
        }
        state.addAll(db.column("SELECT 'database ' || datname FROM pg_database WHERE datname LIKE 'milmove_review%'"));
        return state;
    }
}
