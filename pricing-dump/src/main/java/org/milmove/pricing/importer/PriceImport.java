package org.milmove.pricing.importer;

import static org.milmove.pricing.importer.Conversions.cents;
import static org.milmove.pricing.importer.Conversions.integer;
import static org.milmove.pricing.importer.Conversions.isPeak;
import static org.milmove.pricing.importer.Conversions.market;
import static org.milmove.pricing.importer.Conversions.pad3;
import static org.milmove.pricing.importer.ImportRun.lookup;
import static org.milmove.pricing.importer.ImportRun.notNegative;
import static org.milmove.pricing.importer.ImportRun.positive;
import static org.milmove.pricing.importer.ImportRun.schedule;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.milmove.pricing.template.StageTable;
import org.milmove.pricing.template.Staged.AccessorialPrice;
import org.milmove.pricing.template.Staged.ContractYearPrice;
import org.milmove.pricing.template.Staged.DomesticOtherPrice;
import org.milmove.pricing.template.Staged.IntlPrice;

/** Steps 7–15 of the fill order: every price table. */
final class PriceImport {
    private static final Map<String, List<String>> DOMESTIC_ACCESSORIALS = Map.of(
            "Crating (per cubic ft.)", List.of("DCRT", "DCRTSA"),
            "Uncrating (per cubic ft.)", List.of("DUCRT"),
            "Shuttle Service (per cwt)", List.of("DDSHUT", "DOSHUT"));
    private static final Map<String, List<String>> INTL_ACCESSORIALS = Map.of(
            "Crating (per cubic ft.)", List.of("ICRT"),
            "Uncrating (per cubic ft.)", List.of("IUCRT"),
            "Shuttle Service (per cwt)", List.of("IDSHUT", "IOSHUT"));
    private static final Map<String, String> SHIPMENT_TYPES = Map.of(
            "CONUS:Mobile Homes", "DMHF",
            "CONUS:Tow Away Boat Service", "DBTF",
            "OCONUS:Tow Away Boat Service", "IBTF",
            "CONUS:Haul Away Boat Service", "DBHF",
            "OCONUS:Haul Away Boat Service", "IBHF",
            "CONUS:NTS Packing Factor", "DNPK",
            "OCONUS:NTS Packing Factor", "INPK");
    private static final Map<String, String> PACK_SERVICES = Map.of(
            "Packing (per cwt)", "DPK", "Unpack (per cwt)", "DUPK");

    private final ImportRun run;

    PriceImport(ImportRun run) {
        this.run = run;
    }

    private UUID serviceArea(String number) {
        String area = pad3(number);
        return lookup(run.serviceAreas, area, () -> "service area " + area + " is not in " + run.template.describeSheet(4));
    }

    void domesticLinehaul() {
        CopyTable copy = run.copy("re_domestic_linehaul_prices", "contract_id, weight_lower, weight_upper, "
                + "miles_lower, miles_upper, is_peak_period, domestic_service_area_id, price_millicents");
        run.forEach(StageTable.DOMESTIC_LINEHAUL_PRICES, row -> copy.add(run.contractId,
                integer(row.weightLower()), integer(row.weightUpper()), integer(row.milesLower()),
                integer(row.milesUpper()), isPeak(row.season()), serviceArea(row.serviceAreaNumber()),
                notNegative(Conversions.millicents(row.rate()), row.rate())));
        run.count("re_domestic_linehaul_prices", copy.finish());
    }

    void domesticServiceAreaPrices() {
        CopyTable copy = run.copy("re_domestic_service_area_prices",
                "contract_id, service_id, is_peak_period, domestic_service_area_id, price_cents");
        run.forEach(StageTable.DOMESTIC_SERVICE_AREA_PRICES, row -> {
            boolean peak = isPeak(row.season());
            UUID area = serviceArea(row.serviceAreaNumber());
            Map<String, String> prices = Map.of(
                    "DSH", row.shorthaulPrice(),
                    "DOP", row.originDestinationPrice(), "DDP", row.originDestinationPrice(),
                    "DOFSIT", row.sitFirstDayWarehouse(), "DDFSIT", row.sitFirstDayWarehouse(),
                    "DOASIT", row.sitAddlDays(), "DDASIT", row.sitAddlDays());
            for (String code : List.of("DSH", "DOP", "DDP", "DOFSIT", "DDFSIT", "DOASIT", "DDASIT")) {
                String price = prices.get(code);
                copy.add(run.contractId, run.service(code), peak, area, positive(cents(price), price));
            }
        });
        run.count("re_domestic_service_area_prices", copy.finish());
    }

    void domesticOtherPrices() {
        CopyTable copy = run.copy("re_domestic_other_prices",
                "contract_id, service_id, is_peak_period, schedule, price_cents");
        run.forEach(StageTable.DOMESTIC_OTHER_PACK_PRICES, row -> {
            String code = PACK_SERVICES.get(row.serviceProvided());
            if (code == null) {
                throw new BadValueException("service \"" + row.serviceProvided()
                        + "\" is neither \"Packing (per cwt)\" nor \"Unpack (per cwt)\"");
            }
            otherPrices(copy, row, List.of(code));
        });
        run.forEach(StageTable.DOMESTIC_OTHER_SIT_PRICES, row -> otherPrices(copy, row, List.of("DOPSIT", "DDDSIT")));
        run.count("re_domestic_other_prices", copy.finish());
    }

    private void otherPrices(CopyTable copy, DomesticOtherPrice row, List<String> codes) {
        int schedule = schedule(integer(row.schedule()), row.schedule());
        for (String code : codes) {
            copy.add(run.contractId, run.service(code), false, schedule,
                    positive(cents(row.nonPeakPricePerCwt()), row.nonPeakPricePerCwt()));
            copy.add(run.contractId, run.service(code), true, schedule,
                    positive(cents(row.peakPricePerCwt()), row.peakPricePerCwt()));
        }
    }

    void intlPrices() {
        CopyTable copy = run.copy("re_intl_prices",
                "contract_id, service_id, is_peak_period, origin_rate_area_id, destination_rate_area_id, per_unit_cents");
        intlPrices(copy, StageTable.OCONUS_TO_OCONUS_PRICES, run.intlRateAreas, run.intlRateAreas);
        intlPrices(copy, StageTable.CONUS_TO_OCONUS_PRICES, run.domesticRateAreas, run.intlRateAreas);
        intlPrices(copy, StageTable.OCONUS_TO_CONUS_PRICES, run.intlRateAreas, run.domesticRateAreas);
        run.forEach(StageTable.NON_STANDARD_LOCN_PRICES, row -> {
            String[] parts = row.moveType().split(" to ", -1);
            if (parts.length != 2) {
                throw new BadValueException("move type \"" + row.moveType() + "\" is not \"<area> to <area>\"");
            }
            intlPrice(copy, rateArea(rateAreaMap(parts[0]), row.originId()),
                    rateArea(rateAreaMap(parts[1]), row.destinationId()), row.season(), row.hhgPrice(), row.ubPrice());
        });
        run.count("re_intl_prices", copy.finish());
    }

    private void intlPrices(CopyTable copy, StageTable<IntlPrice> table, Map<String, UUID> origins,
            Map<String, UUID> destinations) {
        run.forEach(table, row -> intlPrice(copy, rateArea(origins, row.originCode()),
                rateArea(destinations, row.destinationCode()), row.season(), row.hhgPrice(), row.ubPrice()));
    }

    private void intlPrice(CopyTable copy, UUID origin, UUID destination, String season, String hhg, String ub) {
        boolean peak = isPeak(season);
        copy.add(run.contractId, run.service("ISLH"), peak, origin, destination, notNegative(cents(hhg), hhg));
        copy.add(run.contractId, run.service("UBP"), peak, origin, destination, notNegative(cents(ub), ub));
    }

    private Map<String, UUID> rateAreaMap(String kind) {
        return switch (kind) {
            case "NSRA", "OCONUS" -> run.intlRateAreas;
            case "CONUS" -> run.domesticRateAreas;
            default -> throw new BadValueException("move type part \"" + kind + "\" is not NSRA, OCONUS or CONUS");
        };
    }

    private UUID rateArea(Map<String, UUID> map, String code) {
        return lookup(map, code, () -> "rate area " + code + " is not a known "
                + (map == run.intlRateAreas ? "international" : "domestic") + " rate area");
    }

    void intlOtherPrices() {
        CopyTable copy = run.copy("re_intl_other_prices",
                "contract_id, service_id, is_peak_period, rate_area_id, per_unit_cents");
        run.forEach(StageTable.OTHER_INTL_PRICES, row -> {
            UUID area = run.intlRateAreas.containsKey(row.rateAreaCode())
                    ? run.intlRateAreas.get(row.rateAreaCode())
                    : rateArea(run.domesticRateAreas, row.rateAreaCode());
            boolean peak = isPeak(row.season());
            String[][] prices = {{"IHPK", row.hhgOriginPackPrice()}, {"IHUPK", row.hhgDestinationUnpackPrice()},
                {"IUBPK", row.ubOriginPackPrice()}, {"IUBUPK", row.ubDestinationUnpackPrice()},
                {"IOFSIT", row.sitFirstDayWarehouse()}, {"IDFSIT", row.sitFirstDayWarehouse()},
                {"IOASIT", row.sitAddlDays()}, {"IDASIT", row.sitAddlDays()},
                {"IOPSIT", row.sitLte50Miles()}, {"IDDSIT", row.sitGt50Miles()}};
            for (String[] price : prices) {
                copy.add(run.contractId, run.service(price[0]), peak, area, notNegative(cents(price[1]), price[1]));
            }
        });
        run.count("re_intl_other_prices", copy.finish());
    }

    void taskOrderFees() {
        CopyTable copy = run.copy("re_task_order_fees", "contract_year_id, service_id, price_cents");
        taskOrderFees(copy, StageTable.SHIPMENT_MANAGEMENT_PRICES, "MS");
        taskOrderFees(copy, StageTable.COUNSELING_PRICES, "CS");
        run.count("re_task_order_fees", copy.finish());
    }

    private void taskOrderFees(CopyTable copy, StageTable<ContractYearPrice> table, String service) {
        run.forEach(table, row -> copy.add(
                lookup(run.contractYears, row.contractYear(), () -> "contract year \"" + row.contractYear()
                        + "\" is not in " + run.template.describeSheet(18)),
                run.service(service), positive(cents(row.price()), row.price())));
    }

    void domesticAccessorials() {
        CopyTable copy = run.copy("re_domestic_accessorial_prices",
                "contract_id, service_id, services_schedule, per_unit_cents");
        run.forEach(StageTable.DOMESTIC_ACCESSORIAL_PRICES, row -> {
            int schedule = schedule(integer(row.first()), row.first());
            int price = positive(cents(row.third()), row.third());
            for (String code : services(DOMESTIC_ACCESSORIALS, row)) {
                copy.add(run.contractId, run.service(code), schedule, price);
            }
        });
        run.count("re_domestic_accessorial_prices", copy.finish());
    }

    void intlAccessorials() {
        CopyTable copy = run.copy("re_intl_accessorial_prices", "contract_id, service_id, market, per_unit_cents");
        run.forEach(StageTable.INTERNATIONAL_ACCESSORIAL_PRICES, row -> {
            String market = market(row.first());
            int price = notNegative(cents(row.third()), row.third());
            for (String code : services(INTL_ACCESSORIALS, row)) {
                copy.add(run.contractId, run.service(code), market, price);
            }
        });
        run.count("re_intl_accessorial_prices", copy.finish());
    }

    private static List<String> services(Map<String, List<String>> byText, AccessorialPrice row) {
        List<String> codes = byText.get(row.second());
        if (codes == null) {
            throw new BadValueException("service \"" + row.second() + "\" is not one of " + byText.keySet());
        }
        return codes;
    }

    void shipmentTypePrices() {
        CopyTable copy = run.copy("re_shipment_type_prices", "contract_id, service_id, market, factor");
        run.forEach(StageTable.ADDITIONAL_PRICES, row -> {
            String code = SHIPMENT_TYPES.get(row.first() + ":" + row.second());
            if (code == null) {
                throw new BadValueException("shipment type \"" + row.first() + ":" + row.second()
                        + "\" is not one of " + SHIPMENT_TYPES.keySet());
            }
            BigDecimal factor = Conversions.decimal(row.third());
            if (factor.signum() < 0) {
                throw new BadValueException("factor \"" + row.third() + "\" must not be negative");
            }
            copy.add(run.contractId, run.service(code), market(row.first()), factor);
        });
        run.count("re_shipment_type_prices", copy.finish());
    }
}
