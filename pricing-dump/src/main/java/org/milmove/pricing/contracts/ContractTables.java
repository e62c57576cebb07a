package org.milmove.pricing.contracts;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.milmove.pricing.dump.TableName;

/**
 * The re_* tables that hold a contract's rows, found from the foreign keys: re_contracts itself, every table that
 * references it, and every table that references one of those (re_task_order_fees through re_contract_years).
 */
public final class ContractTables {
    // Foreign keys between tables of the current schema whose names start with re_, with their column lists.
    private static final String FOREIGN_KEYS = """
            SELECT quote_ident(cn.nspname) || '.' || quote_ident(c.relname), cn.nspname, c.relname,
                   quote_ident(pn.nspname) || '.' || quote_ident(p.relname),
                   (SELECT string_agg(quote_ident(a.attname), ', ' ORDER BY k.i) FROM unnest(f.conkey) WITH ORDINALITY k(n, i)
                      JOIN pg_catalog.pg_attribute a ON a.attrelid = f.conrelid AND a.attnum = k.n),
                   (SELECT string_agg(quote_ident(a.attname), ', ' ORDER BY k.i) FROM unnest(f.confkey) WITH ORDINALITY k(n, i)
                      JOIN pg_catalog.pg_attribute a ON a.attrelid = f.confrelid AND a.attnum = k.n)
            FROM pg_catalog.pg_constraint f
            JOIN pg_catalog.pg_class c ON c.oid = f.conrelid JOIN pg_catalog.pg_namespace cn ON cn.oid = c.relnamespace
            JOIN pg_catalog.pg_class p ON p.oid = f.confrelid JOIN pg_catalog.pg_namespace pn ON pn.oid = p.relnamespace
            WHERE f.contype = 'f' AND f.conrelid <> f.confrelid AND cn.nspname = current_schema() AND pn.nspname = current_schema()
              AND c.relname LIKE 're\\_%' AND p.relname LIKE 're\\_%'
            ORDER BY 1, 4, 5""";
    private static final String CONTRACTS = "re_contracts";

    /**
     * A table with rows of a contract.
     *
     * @param depth     foreign keys between it and re_contracts on the longest path (0 for re_contracts)
     * @param condition a SQL condition on the table's columns that holds for the contract's rows; it refers to the
     *                  contract code as {@code ?code}, see {@link #where(String)}
     */
    public record Owned(TableName table, int depth, String condition) {
        /** The condition with the contract code in place, as a quoted SQL literal. */
        public String where(String contractCode) {
            return condition.replace("?code", "'" + contractCode.replace("'", "''") + "'");
        }
    }

    private record ForeignKey(TableName child, String parent, String columns, String parentColumns) {
    }

    private ContractTables() {
    }

    /** Every table that holds rows of contracts, children first: deleting in this order breaks no foreign key. */
    public static List<Owned> childrenFirst(Connection c) throws SQLException {
        List<ForeignKey> keys = foreignKeys(c);
        Map<String, Owned> owned = new LinkedHashMap<>();
        TableName contracts = contracts(c);
        owned.put(contracts.sql(), new Owned(contracts, 0, "code = ?code"));
        // Each pass adds the tables that reference an owned table; depth is the longest path, so parents come first.
        for (boolean grew = true; grew; ) {
            grew = false;
            Map<String, List<ForeignKey>> toOwned = new HashMap<>();
            for (ForeignKey key : keys) {
                if (owned.containsKey(key.parent()) && !key.child().name().equals(CONTRACTS)) {
                    toOwned.computeIfAbsent(key.child().sql(), k -> new ArrayList<>()).add(key);
                }
            }
            for (List<ForeignKey> refs : toOwned.values()) {
                Owned table = owned(refs, owned);
                Owned before = owned.put(table.table().sql(), table);
                grew |= !table.equals(before);
            }
        }
        return owned.values().stream().sorted(Comparator.comparingInt(Owned::depth).reversed()
                .thenComparing(o -> o.table().sql())).toList();
    }

    /** Rows are the contract's when any of their foreign keys points to one of its rows. */
    private static Owned owned(List<ForeignKey> refs, Map<String, Owned> owned) {
        int depth = 0;
        List<String> conditions = new ArrayList<>();
        for (ForeignKey key : refs) {
            Owned parent = owned.get(key.parent());
            depth = Math.max(depth, parent.depth() + 1);
            conditions.add("(" + key.columns() + ") IN (SELECT " + key.parentColumns() + " FROM " + key.parent()
                    + " WHERE " + parent.condition() + ")");
        }
        // One reference is enough and the shortest: re_contracts directly when the table has contract_id.
        String condition = conditions.stream().min(Comparator.comparingInt(String::length)).orElseThrow();
        return new Owned(refs.get(0).child(), depth, condition);
    }

    private static TableName contracts(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT current_schema(), quote_ident(current_schema()) || '.' || ?")) {
            s.setString(1, CONTRACTS);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return new TableName(rs.getString(1), CONTRACTS, rs.getString(2));
            }
        }
    }

    private static List<ForeignKey> foreignKeys(Connection c) throws SQLException {
        List<ForeignKey> keys = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(FOREIGN_KEYS); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                keys.add(new ForeignKey(new TableName(rs.getString(2), rs.getString(3), rs.getString(1)),
                        rs.getString(4), rs.getString(5), rs.getString(6)));
            }
        }
        return keys;
    }
}
