package org.milmove.pricing.contracts;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A pricing contract as the re_* tables hold it.
 *
 * @param startDate the first day of its first contract year; null when it has no years
 * @param rows      its rows per table, children first (as {@link ContractTables#childrenFirst} orders them)
 */
public record Contract(String code, String name, LocalDate startDate, int years, Map<String, Long> rows) {
    private static final String CONTRACTS = """
            SELECT c.code, c.name, min(y.start_date), count(y.id)
            FROM re_contracts c LEFT JOIN re_contract_years y ON y.contract_id = c.id
            WHERE c.code = ? OR ? IS NULL
            GROUP BY c.code, c.name ORDER BY min(y.start_date) NULLS LAST, c.code""";

    public long totalRows() {
        return rows.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Every contract, oldest first. */
    public static List<Contract> all(Connection c) throws SQLException {
        return read(c, null);
    }

    public static Optional<Contract> find(Connection c, String code) throws SQLException {
        return read(c, code).stream().findFirst();
    }

    private static List<Contract> read(Connection c, String code) throws SQLException {
        List<ContractTables.Owned> tables = ContractTables.childrenFirst(c);
        List<Contract> contracts = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(CONTRACTS)) {
            s.setString(1, code);
            s.setString(2, code);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    contracts.add(new Contract(rs.getString(1), rs.getString(2),
                            rs.getObject(3, LocalDate.class), rs.getInt(4), rowCounts(c, tables, rs.getString(1))));
                }
            }
        }
        return contracts;
    }

    private static Map<String, Long> rowCounts(Connection c, List<ContractTables.Owned> tables, String code)
            throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (ContractTables.Owned t : tables) {
            try (PreparedStatement s = c.prepareStatement("SELECT count(*) FROM " + t.table().sql() + " WHERE "
                    + t.where(code)); ResultSet rs = s.executeQuery()) {
                rs.next();
                counts.put(t.table().name(), rs.getLong(1));
            }
        }
        return counts;
    }
}
