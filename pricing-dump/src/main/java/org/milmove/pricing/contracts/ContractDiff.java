package org.milmove.pricing.contracts;

import java.math.BigDecimal;
import java.math.MathContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What changed between two contracts' prices: per price table, rows added and removed (by a key that does not depend
 * on the contract, such as service, service area, weight and mileage band and season) and prices changed.
 */
public final class ContractDiff {
    private static final String PEAK = "CASE WHEN t.is_peak_period THEN ' peak' ELSE ' non-peak' END";
    private static final String SERVICE = "JOIN re_services s ON s.id = t.service_id ";
    private static final List<PriceTable> TABLES = List.of(
            new PriceTable("re_contract_years", "t.name", "t.escalation", "", "t.contract_id"),
            new PriceTable("re_domestic_linehaul_prices", "'area ' || a.service_area || ' ' || t.weight_lower || '-'"
                    + " || t.weight_upper || ' lb ' || t.miles_lower || '-' || t.miles_upper || ' mi' || " + PEAK,
                    "round(t.price_millicents / 100000.0, 3)",
                    "JOIN re_domestic_service_areas a ON a.id = t.domestic_service_area_id ", "t.contract_id"),
            new PriceTable("re_domestic_service_area_prices", "s.code || ' area ' || a.service_area || " + PEAK,
                    "round(t.price_cents / 100.0, 2)",
                    SERVICE + "JOIN re_domestic_service_areas a ON a.id = t.domestic_service_area_id ", "t.contract_id"),
            new PriceTable("re_domestic_other_prices", "s.code || ' schedule ' || t.schedule || " + PEAK,
                    "round(t.price_cents / 100.0, 2)", SERVICE, "t.contract_id"),
            new PriceTable("re_intl_prices", "s.code || ' ' || o.code || ' to ' || d.code || " + PEAK,
                    "round(t.per_unit_cents / 100.0, 2)", SERVICE + "JOIN re_rate_areas o ON o.id = t.origin_rate_area_id "
                    + "JOIN re_rate_areas d ON d.id = t.destination_rate_area_id ", "t.contract_id"),
            new PriceTable("re_intl_other_prices", "s.code || ' ' || r.code || " + PEAK,
                    "round(t.per_unit_cents / 100.0, 2)", SERVICE + "JOIN re_rate_areas r ON r.id = t.rate_area_id ",
                    "t.contract_id"),
            new PriceTable("re_task_order_fees", "s.code || ' ' || y.name", "round(t.price_cents / 100.0, 2)",
                    SERVICE + "JOIN re_contract_years y ON y.id = t.contract_year_id ", "y.contract_id"),
            new PriceTable("re_domestic_accessorial_prices", "s.code || ' schedule ' || t.services_schedule",
                    "round(t.per_unit_cents / 100.0, 2)", SERVICE, "t.contract_id"),
            new PriceTable("re_intl_accessorial_prices", "s.code || ' ' || t.market", "round(t.per_unit_cents / 100.0, 2)",
                    SERVICE, "t.contract_id"),
            new PriceTable("re_shipment_type_prices", "s.code || ' ' || t.market", "t.factor", SERVICE, "t.contract_id"));

    /** How a price table's rows are keyed and priced: SQL over the table (alias t) and its joins. */
    private record PriceTable(String name, String key, String price, String joins, String contractColumn) {
        String select() {
            return "SELECT " + key + " AS key, " + price + " AS price FROM " + name + " t " + joins + "WHERE "
                    + contractColumn + " = (SELECT id FROM re_contracts WHERE code = ?)";
        }
    }

    /**
     * One price table compared.
     *
     * @param fromRows rows of the first contract
     * @param toRows   rows of the second
     * @param added    keys only the second contract has
     * @param removed  keys only the first has
     * @param changed  keys whose price differs
     */
    public record TableChange(String table, int fromRows, int toRows, int added, int removed, int changed) {
    }

    /**
     * A price that differs.
     *
     * @param relative (to - from) / from; null when from is 0
     */
    public record PriceChange(String table, String key, BigDecimal from, BigDecimal to, BigDecimal relative) {
    }

    /** The comparison: every price table, and the changed prices with the largest relative change first. */
    public record Result(String from, String to, List<TableChange> tables, List<PriceChange> largest) {
    }

    private ContractDiff() {
    }

    /** Compares contract {@code from} with {@code to}; lists the {@code limit} largest relative price changes. */
    public static Result compare(Connection c, String from, String to, int limit) throws SQLException {
        List<TableChange> tables = new ArrayList<>();
        List<PriceChange> changes = new ArrayList<>();
        for (PriceTable table : TABLES) {
            tables.add(compare(c, table, from, to, changes));
        }
        changes.sort(Comparator.comparing((PriceChange p) -> p.relative() == null ? null : p.relative().abs(),
                Comparator.nullsFirst(Comparator.<BigDecimal>naturalOrder())).reversed()
                .thenComparing(PriceChange::table).thenComparing(PriceChange::key));
        return new Result(from, to, tables, List.copyOf(changes.subList(0, Math.min(limit, changes.size()))));
    }

    private static TableChange compare(Connection c, PriceTable table, String from, String to, List<PriceChange> changes)
            throws SQLException {
        String sql = "WITH a AS (" + table.select() + "), b AS (" + table.select() + ") "
                + "SELECT coalesce(a.key, b.key), a.price, b.price FROM a FULL JOIN b ON a.key = b.key";
        int fromRows = 0;
        int toRows = 0;
        int added = 0;
        int removed = 0;
        int changed = 0;
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, from);
            s.setString(2, to);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    BigDecimal a = rs.getBigDecimal(2);
                    BigDecimal b = rs.getBigDecimal(3);
                    fromRows += a == null ? 0 : 1;
                    toRows += b == null ? 0 : 1;
                    if (a == null) {
                        added++;
                    } else if (b == null) {
                        removed++;
                    } else if (a.compareTo(b) != 0) {
                        changed++;
                        BigDecimal relative = a.signum() == 0 ? null
                                : b.subtract(a).divide(a, MathContext.DECIMAL64);
                        changes.add(new PriceChange(table.name(), rs.getString(1), a, b, relative));
                    }
                }
            }
        }
        return new TableChange(table.name(), fromRows, toRows, added, removed, changed);
    }
}
