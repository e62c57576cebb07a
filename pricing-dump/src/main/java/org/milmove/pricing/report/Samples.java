package org.milmove.pricing.report;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.milmove.pricing.report.SpotCheck.Sample;

/** A few rows of each re_* table of one contract, with codes instead of ids so that a person can read them. */
public final class Samples {
    private static final Map<String, String> QUERIES = queries();

    private Samples() {
    }

    private static Map<String, String> queries() {
        Map<String, String> q = new LinkedHashMap<>();
        q.put("re_contracts", "SELECT code, name FROM re_contracts t WHERE id = ?");
        q.put("re_contract_years", "SELECT name, start_date, end_date, escalation, escalation_compounded"
                + " FROM re_contract_years t WHERE contract_id = ? ORDER BY start_date");
        q.put("re_domestic_service_areas", "SELECT service_area, services_schedule, sit_pd_schedule"
                + " FROM re_domestic_service_areas t WHERE contract_id = ? ORDER BY service_area");
        q.put("re_zip3s", "SELECT zip3, base_point_city, state, a.service_area, r.code AS rate_area,"
                + " has_multiple_rate_areas FROM re_zip3s t JOIN re_domestic_service_areas a"
                + " ON a.id = t.domestic_service_area_id LEFT JOIN re_rate_areas r ON r.id = t.rate_area_id"
                + " WHERE t.contract_id = ? ORDER BY has_multiple_rate_areas DESC, zip3");
        q.put("re_rate_areas", "SELECT code, name, is_oconus FROM re_rate_areas t WHERE contract_id = ? ORDER BY code");
        q.put("re_zip5_rate_areas", "SELECT zip5, r.code AS rate_area FROM re_zip5_rate_areas t"
                + " JOIN re_rate_areas r ON r.id = t.rate_area_id WHERE t.contract_id = ? ORDER BY zip5");
        q.put("re_domestic_linehaul_prices", "SELECT a.service_area, is_peak_period, weight_lower, weight_upper,"
                + " miles_lower, miles_upper, price_millicents FROM re_domestic_linehaul_prices t"
                + " JOIN re_domestic_service_areas a ON a.id = t.domestic_service_area_id WHERE t.contract_id = ?"
                + " ORDER BY a.service_area, is_peak_period, weight_lower, miles_lower");
        q.put("re_domestic_service_area_prices", "SELECT a.service_area, s.code AS service, is_peak_period,"
                + " price_cents FROM re_domestic_service_area_prices t JOIN re_services s ON s.id = t.service_id"
                + " JOIN re_domestic_service_areas a ON a.id = t.domestic_service_area_id WHERE t.contract_id = ?"
                + " ORDER BY a.service_area, s.code, is_peak_period");
        q.put("re_domestic_other_prices", "SELECT s.code AS service, schedule, is_peak_period, price_cents"
                + " FROM re_domestic_other_prices t JOIN re_services s ON s.id = t.service_id WHERE t.contract_id = ?"
                + " ORDER BY s.code, schedule, is_peak_period");
        q.put("re_intl_prices", "SELECT s.code AS service, o.code AS origin, d.code AS destination, is_peak_period,"
                + " per_unit_cents FROM re_intl_prices t JOIN re_services s ON s.id = t.service_id"
                + " JOIN re_rate_areas o ON o.id = t.origin_rate_area_id"
                + " JOIN re_rate_areas d ON d.id = t.destination_rate_area_id WHERE t.contract_id = ?"
                + " ORDER BY o.code, d.code, s.code, is_peak_period");
        q.put("re_intl_other_prices", "SELECT r.code AS rate_area, s.code AS service, is_peak_period, per_unit_cents"
                + " FROM re_intl_other_prices t JOIN re_services s ON s.id = t.service_id"
                + " JOIN re_rate_areas r ON r.id = t.rate_area_id WHERE t.contract_id = ?"
                + " ORDER BY r.code, s.code, is_peak_period");
        q.put("re_task_order_fees", "SELECT y.name AS contract_year, s.code AS service, price_cents"
                + " FROM re_task_order_fees t JOIN re_services s ON s.id = t.service_id"
                + " JOIN re_contract_years y ON y.id = t.contract_year_id WHERE y.contract_id = ?"
                + " ORDER BY y.start_date, s.code");
        q.put("re_domestic_accessorial_prices", "SELECT s.code AS service, services_schedule, per_unit_cents"
                + " FROM re_domestic_accessorial_prices t JOIN re_services s ON s.id = t.service_id"
                + " WHERE t.contract_id = ? ORDER BY s.code, services_schedule");
        q.put("re_intl_accessorial_prices", "SELECT s.code AS service, market, per_unit_cents"
                + " FROM re_intl_accessorial_prices t JOIN re_services s ON s.id = t.service_id"
                + " WHERE t.contract_id = ? ORDER BY s.code, market");
        q.put("re_shipment_type_prices", "SELECT s.code AS service, market, factor"
                + " FROM re_shipment_type_prices t JOIN re_services s ON s.id = t.service_id"
                + " WHERE t.contract_id = ? ORDER BY s.code, market");
        return q;
    }

    /** The first {@code perTable} rows of every re_* table for the contract. */
    public static List<Sample> of(Connection connection, UUID contractId, int perTable) throws SQLException {
        List<Sample> samples = new ArrayList<>();
        for (var query : QUERIES.entrySet()) {
            try (PreparedStatement ps = connection.prepareStatement(query.getValue() + " LIMIT " + perTable)) {
                ps.setObject(1, contractId);
                try (ResultSet rs = ps.executeQuery()) {
                    samples.add(sample(query.getKey(), rs));
                }
            }
        }
        return samples;
    }

    private static Sample sample(String table, ResultSet rs) throws SQLException {
        ResultSetMetaData meta = rs.getMetaData();
        List<String> columns = new ArrayList<>();
        for (int c = 1; c <= meta.getColumnCount(); c++) {
            columns.add(meta.getColumnLabel(c));
        }
        List<List<String>> rows = new ArrayList<>();
        while (rs.next()) {
            List<String> row = new ArrayList<>();
            for (int c = 1; c <= columns.size(); c++) {
                row.add(rs.getString(c) == null ? "" : rs.getString(c));
            }
            rows.add(row);
        }
        return new Sample(table, columns, rows);
    }
}
