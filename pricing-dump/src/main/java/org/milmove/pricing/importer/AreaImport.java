package org.milmove.pricing.importer;

import static org.milmove.pricing.importer.Conversions.integer;
import static org.milmove.pricing.importer.Conversions.pad3;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.milmove.pricing.template.StageTable;
import org.milmove.pricing.template.Staged.DomesticServiceArea;
import org.milmove.pricing.template.Staged.IntlPrice;

/** Steps 1–6 of the fill order: contract, contract years, service areas, zip3s, rate areas, zip mapping, services. */
final class AreaImport {
    private final ImportRun run;
    /** zip3 → the 1b row that listed it first. */
    private final Map<String, DomesticServiceArea> zip3Rows = new LinkedHashMap<>();
    private final Map<String, String> zip3Areas = new HashMap<>();

    AreaImport(ImportRun run) {
        this.run = run;
    }

    void contract(PricingImporter.Contract contract) throws SQLException {
        try (PreparedStatement ps = run.connection.prepareStatement("SELECT name FROM re_contracts WHERE code = ?")) {
            ps.setString(1, contract.code());
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    throw new ImportException("Contract code " + contract.code() + " already exists (contract \""
                            + rs.getString(1) + "\"); an import always creates a new contract, so choose a new code");
                }
            }
        }
        CopyTable contracts = run.copy("re_contracts", "code, name");
        run.contractId = contracts.add(contract.code(), contract.name());
        run.count("re_contracts", contracts.finish());
    }

    void contractYears(LocalDate start) {
        CopyTable years = run.copy("re_contract_years",
                "contract_id, name, start_date, end_date, escalation, escalation_compounded");
        BigDecimal[] compounded = {BigDecimal.ONE};
        int[] i = {0};
        run.forEach(StageTable.PRICE_ESCALATION_DISCOUNTS, row -> {
            BigDecimal escalation = Conversions.decimal(row.priceEscalation());
            compounded[0] = compounded[0].multiply(escalation);
            LocalDate from = Conversions.addDate(start, i[0], 0, 0);
            LocalDate to = Conversions.addDate(Conversions.addDate(start, 1, 0, -1), i[0], 0, 0);
            if (run.contractYears.containsKey(row.contractYear())) {
                throw new BadValueException("contract year \"" + row.contractYear() + "\" is listed twice");
            }
            run.contractYears.put(row.contractYear(), years.add(run.contractId, row.contractYear(), from, to,
                    escalation, compounded[0]));
            i[0]++;
        });
        if (i[0] == 0) {
            throw new ImportException(run.template.describeSheet(18) + " has no contract years");
        }
        run.count("re_contract_years", years.finish());
    }

    void serviceAreasAndZip3s() {
        Map<String, int[]> schedules = schedulesFromServiceAreaPrices();
        CopyTable areas = run.copy("re_domestic_service_areas", "contract_id, service_area, services_schedule, sit_pd_schedule");
        run.forEach(StageTable.DOMESTIC_SERVICE_AREAS, row -> {
            String area = pad3(row.serviceAreaNumber());
            if (!run.serviceAreas.containsKey(area)) {
                int[] schedule = schedules.get(area);
                if (schedule == null) {
                    throw new BadValueException("service area " + area + " has no prices in "
                            + run.template.describeSheet(7) + ", so it has no schedules");
                }
                run.serviceAreas.put(area, areas.add(run.contractId, area, schedule[0], schedule[1]));
            }
            collectZip3s(row, area);
        });
        run.count("re_domestic_service_areas", areas.finish());
        CopyTable zip3s = run.copy("re_zip3s", "contract_id, zip3, base_point_city, state, domestic_service_area_id");
        zip3Rows.forEach((zip3, row) -> zip3s.add(run.contractId, zip3, row.basePointCity(), row.state(),
                run.serviceAreas.get(zip3Areas.get(zip3))));
        run.count("re_zip3s", zip3s.finish());
    }

    private Map<String, int[]> schedulesFromServiceAreaPrices() {
        Map<String, int[]> schedules = new HashMap<>();
        run.forEach(StageTable.DOMESTIC_SERVICE_AREA_PRICES, row -> schedules.put(pad3(row.serviceAreaNumber()),
                new int[] {ImportRun.schedule(integer(row.servicesSchedule()), row.servicesSchedule()),
                    ImportRun.schedule(integer(row.sitPickupDeliverySchedule()), row.sitPickupDeliverySchedule())}));
        return schedules;
    }

    private void collectZip3s(DomesticServiceArea row, String area) {
        for (String part : row.zip3s().split(",")) {
            String zip3 = pad3(part);
            String earlier = zip3Areas.putIfAbsent(zip3, area);
            if (earlier != null && !earlier.equals(area)) {
                throw new BadValueException("zip3 " + zip3 + " is listed under service area " + area
                        + " and already under service area " + earlier + " (row " + zip3Rows.get(zip3).row() + ")");
            }
            zip3Rows.putIfAbsent(zip3, row);
        }
    }

    void rateAreas() {
        Map<String, Object[]> areas = new LinkedHashMap<>();
        for (IntlPrice row : run.template.rows(StageTable.CONUS_TO_OCONUS_PRICES)) {
            areas.putIfAbsent(row.originCode(), new Object[] {row.originName(), false, "domestic"});
        }
        for (IntlPrice row : run.template.rows(StageTable.OCONUS_TO_CONUS_PRICES)) {
            areas.putIfAbsent(row.destinationCode(), new Object[] {row.destinationName(), false, "domestic"});
        }
        // An international code that is also a domestic one updates that row, as the original does.
        run.template.rows(StageTable.INTERNATIONAL_SERVICE_AREAS).forEach(row ->
                areas.merge(row.rateAreaId(), new Object[] {row.rateArea(), true, "international"},
                        (domestic, intl) -> new Object[] {intl[0], true, "both"}));
        CopyTable copy = run.copy("re_rate_areas", "contract_id, is_oconus, code, name");
        areas.forEach((code, area) -> {
            UUID id = copy.add(run.contractId, area[1], code, area[0]);
            if (!"international".equals(area[2])) {
                run.domesticRateAreas.put(code, id);
            }
            if (!"domestic".equals(area[2])) {
                run.intlRateAreas.put(code, id);
            }
        });
        run.count("re_rate_areas", copy.finish());
    }

    void zipMapping() throws SQLException {
        Map<String, String> zip3Table = RateAreaMappings.zip3();
        List<String> zip3s = new ArrayList<>();
        List<UUID> rateAreas = new ArrayList<>();
        List<Boolean> multiple = new ArrayList<>();
        zip3Rows.forEach((zip3, row) -> {
            String code = zip3Table.get(zip3);
            if (code == null) {
                throw run.failure(StageTable.DOMESTIC_SERVICE_AREAS, row,
                        "zip3 " + zip3 + " is not in the built-in zip3 → rate area table");
            }
            boolean several = RateAreaMappings.MULTIPLE.equals(code);
            UUID rateArea = several ? null : run.domesticRateAreas.get(code);
            if (!several && rateArea == null) {
                throw run.failure(StageTable.DOMESTIC_SERVICE_AREAS, row, "zip3 " + zip3 + " maps to rate area "
                        + code + ", which is not a domestic rate area of sheets 11 and 12");
            }
            zip3s.add(zip3);
            rateAreas.add(rateArea);
            multiple.add(several);
        });
        updateZip3s(zip3s, rateAreas, multiple);
        zip5s();
    }

    private void updateZip3s(List<String> zip3s, List<UUID> rateAreas, List<Boolean> multiple) throws SQLException {
        String sql = "UPDATE re_zip3s z SET rate_area_id = m.rate_area_id, has_multiple_rate_areas = m.multiple"
                + " FROM unnest(?::text[], ?::uuid[], ?::boolean[]) AS m(zip3, rate_area_id, multiple)"
                + " WHERE z.contract_id = ? AND z.zip3 = m.zip3";
        try (PreparedStatement ps = run.connection.prepareStatement(sql)) {
            Array zips = run.connection.createArrayOf("text", zip3s.toArray());
            ps.setArray(1, zips);
            ps.setArray(2, run.connection.createArrayOf("uuid", rateAreas.toArray()));
            ps.setArray(3, run.connection.createArrayOf("boolean", multiple.toArray()));
            ps.setObject(4, run.contractId);
            ps.executeUpdate();
        }
    }

    private void zip5s() {
        CopyTable copy = run.copy("re_zip5_rate_areas", "contract_id, rate_area_id, zip5");
        RateAreaMappings.zip5().forEach((zip5, code) -> {
            UUID rateArea = run.domesticRateAreas.get(code);
            if (rateArea == null) {
                throw new ImportException("zip5 " + zip5 + " of the built-in zip5 table maps to rate area " + code
                        + ", which is not a domestic rate area of sheets 11 and 12");
            }
            copy.add(run.contractId, rateArea, zip5);
        });
        run.count("re_zip5_rate_areas", copy.finish());
    }

    void services() throws SQLException {
        try (ResultSet rs = run.connection.createStatement().executeQuery("SELECT code, id FROM re_services")) {
            while (rs.next()) {
                run.services.put(rs.getString(1), rs.getObject(2, UUID.class));
            }
        }
    }
}
