package org.milmove.pricing.template;

import java.util.List;
import org.milmove.pricing.template.Staged.AccessorialPrice;
import org.milmove.pricing.template.Staged.ContractYearPrice;
import org.milmove.pricing.template.Staged.DomesticLinehaulPrice;
import org.milmove.pricing.template.Staged.DomesticOtherPrice;
import org.milmove.pricing.template.Staged.DomesticServiceArea;
import org.milmove.pricing.template.Staged.DomesticServiceAreaPrice;
import org.milmove.pricing.template.Staged.IntlPrice;
import org.milmove.pricing.template.Staged.InternationalServiceArea;
import org.milmove.pricing.template.Staged.NonStandardLocnPrice;
import org.milmove.pricing.template.Staged.OtherIntlPrice;
import org.milmove.pricing.template.Staged.PriceEscalation;

/** One stage table of the original tool: the sheet it comes from, its CSV base name and its columns. */
public final class StageTable<R extends StagedRow> {
    public static final StageTable<DomesticServiceArea> DOMESTIC_SERVICE_AREAS = new StageTable<>(4,
            "4_1b_service_areas_domestic", "stage_domestic_service_areas",
            "base_point_city", "state", "service_area_number", "zip3s");
    public static final StageTable<InternationalServiceArea> INTERNATIONAL_SERVICE_AREAS = new StageTable<>(4,
            "4_1b_service_areas_international", "stage_international_service_areas", "rate_area", "rate_area_id");
    public static final StageTable<DomesticLinehaulPrice> DOMESTIC_LINEHAUL_PRICES = new StageTable<>(6,
            "6_2a_domestic_linehaul_prices", "stage_domestic_linehaul_prices",
            "service_area_number", "origin_service_area", "services_schedule", "season", "weight_lower",
            "weight_upper", "miles_lower", "miles_upper", "escalation_number", "rate");
    public static final StageTable<DomesticServiceAreaPrice> DOMESTIC_SERVICE_AREA_PRICES = new StageTable<>(7,
            "7_2b_domestic_service_area_prices", "stage_domestic_service_area_prices",
            "service_area_number", "service_area_name", "services_schedule", "sit_pickup_delivery_schedule", "season",
            "shorthaul_price", "origin_destination_price", "origin_destination_sit_first_day_warehouse",
            "origin_destination_sit_addl_days");
    public static final StageTable<DomesticOtherPrice> DOMESTIC_OTHER_PACK_PRICES = new StageTable<>(8,
            "8_2c_domestic_other_prices_pack", "stage_domestic_other_pack_prices",
            "services_schedule", "service_provided", "non_peak_price_per_cwt", "peak_price_per_cwt");
    public static final StageTable<DomesticOtherPrice> DOMESTIC_OTHER_SIT_PRICES = new StageTable<>(8,
            "8_2c_domestic_other_prices_sit", "stage_domestic_other_sit_prices",
            "sit_pickup_delivery_schedule", "service_provided", "non_peak_price_per_cwt", "peak_price_per_cwt");
    public static final StageTable<IntlPrice> OCONUS_TO_OCONUS_PRICES = new StageTable<>(10,
            "10_3a_oconus_to_oconus_prices", "stage_oconus_to_oconus_prices",
            "origin_intl_price_area_id", "origin_intl_price_area", "destination_intl_price_area_id",
            "destination_intl_price_area", "season", "hhg_shipping_linehaul_price", "ub_price");
    public static final StageTable<IntlPrice> CONUS_TO_OCONUS_PRICES = new StageTable<>(11,
            "11_3b_conus_to_oconus_prices", "stage_conus_to_oconus_prices",
            "origin_domestic_price_area_code", "origin_domestic_price_area", "destination_intl_price_area_id",
            "destination_intl_price_area", "season", "hhg_shipping_linehaul_price", "ub_price");
    // "destination_domestic_price_area_area" is the original tool's column name, typo included.
    public static final StageTable<IntlPrice> OCONUS_TO_CONUS_PRICES = new StageTable<>(12,
            "12_3c_oconus_to_conus_prices", "stage_oconus_to_conus_prices",
            "origin_intl_price_area_id", "origin_intl_price_area", "destination_domestic_price_area_area",
            "destination_domestic_price_area", "season", "hhg_shipping_linehaul_price", "ub_price");
    public static final StageTable<OtherIntlPrice> OTHER_INTL_PRICES = new StageTable<>(13,
            "13_3d_other_intl_prices", "stage_other_intl_prices",
            "rate_area_code", "rate_area_name", "hhg_origin_pack_price", "hhg_destination_unpack_price",
            "ub_origin_pack_price", "ub_destination_unpack_price", "origin_destination_sit_first_day_warehouse",
            "origin_destination_sit_addl_days", "sit_lte_50_miles", "sit_gt_50_miles", "season");
    public static final StageTable<NonStandardLocnPrice> NON_STANDARD_LOCN_PRICES = new StageTable<>(14,
            "14_3e_non_standard_locn_prices", "stage_non_standard_locn_prices",
            "origin_id", "origin_area", "destination_id", "destination_area", "move_type", "season", "hhg_price",
            "ub_price");
    public static final StageTable<ContractYearPrice> SHIPMENT_MANAGEMENT_PRICES = new StageTable<>(16,
            "16_4a_mgmt_coun_trans_prices_management", "stage_shipment_management_services_prices",
            "contract_year", "price_per_task_order");
    public static final StageTable<ContractYearPrice> COUNSELING_PRICES = new StageTable<>(16,
            "16_4a_mgmt_coun_trans_prices_counsel", "stage_counseling_services_prices",
            "contract_year", "price_per_task_order");
    public static final StageTable<ContractYearPrice> TRANSITION_PRICES = new StageTable<>(16,
            "16_4a_mgmt_coun_trans_prices_transition", "stage_transition_prices",
            "contract_year", "price_total_cost");
    public static final StageTable<AccessorialPrice> DOMESTIC_ACCESSORIAL_PRICES = new StageTable<>(17,
            "17_5a_access_and_add_prices_domestic", "stage_domestic_move_accessorial_prices",
            "services_schedule", "service_provided", "price_per_unit");
    public static final StageTable<AccessorialPrice> INTERNATIONAL_ACCESSORIAL_PRICES = new StageTable<>(17,
            "17_5a_access_and_add_prices_international", "stage_international_move_accessorial_prices",
            "market", "service_provided", "price_per_unit");
    public static final StageTable<AccessorialPrice> ADDITIONAL_PRICES = new StageTable<>(17,
            "17_5a_access_and_add_prices_additional", "stage_domestic_international_additional_prices",
            "market", "shipment_type", "factor");
    public static final StageTable<PriceEscalation> PRICE_ESCALATION_DISCOUNTS = new StageTable<>(18,
            "18_5b_price_escalation_discount", "stage_price_escalation_discounts",
            "contract_year", "forecasting_adjustment", "discount", "price_escalation");

    /** All 18, in the order the original tool creates them. */
    public static final List<StageTable<?>> ALL = List.of(DOMESTIC_SERVICE_AREAS, INTERNATIONAL_SERVICE_AREAS,
            DOMESTIC_LINEHAUL_PRICES, DOMESTIC_SERVICE_AREA_PRICES, DOMESTIC_OTHER_PACK_PRICES,
            DOMESTIC_OTHER_SIT_PRICES, OCONUS_TO_OCONUS_PRICES, CONUS_TO_OCONUS_PRICES, OCONUS_TO_CONUS_PRICES,
            OTHER_INTL_PRICES, NON_STANDARD_LOCN_PRICES, SHIPMENT_MANAGEMENT_PRICES, COUNSELING_PRICES,
            TRANSITION_PRICES, DOMESTIC_ACCESSORIAL_PRICES, INTERNATIONAL_ACCESSORIAL_PRICES, ADDITIONAL_PRICES,
            PRICE_ESCALATION_DISCOUNTS);

    private final int sheetIndex;
    private final String csvBaseName;
    private final String stageName;
    private final List<String> columns;

    private StageTable(int sheetIndex, String csvBaseName, String stageName, String... columns) {
        this.sheetIndex = sheetIndex;
        this.csvBaseName = csvBaseName;
        this.stageName = stageName;
        this.columns = List.of(columns);
    }

    public int sheetIndex() {
        return sheetIndex;
    }

    /** The golden file is {@code <csvBaseName>_golden.csv}. */
    public String csvBaseName() {
        return csvBaseName;
    }

    public String stageName() {
        return stageName;
    }

    public List<String> columns() {
        return columns;
    }

    @Override
    public String toString() {
        return stageName;
    }
}
