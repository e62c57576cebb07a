package org.milmove.pricing.template;

import java.util.ArrayList;
import java.util.List;
import org.milmove.pricing.template.Staged.DomesticServiceAreaPrice;

/** Sheet 7, 2b) Dom. Service Area Prices: an 8-column block per escalation year and season. */
final class ServiceAreaPricesSheet implements TemplateSheet {
    static final List<String> BLOCK_HEADERS = List.of(
            "Shorthaul Price (per cwt per mile)",
            "Origin / Destination Price (per cwt)",
            "Origin Pack Price (per cwt)",
            "Destination Unpack Price (per cwt)",
            "Origin / Destination SIT First Day & Warehouse Handling (per cwt)",
            "Origin / Destination SIT Add'l Days (per cwt)",
            "SIT Pickup / Delivery ≤50 Miles (per cwt)");
    static final int ESCALATION_YEARS = 4;
    private static final int HEADER_ROW = 8;
    private static final int EXAMPLE_ROW = 9;
    private static final int FIRST_ROW = 10;

    static int blockStart(int e, int s) {
        return 6 + 16 * e + 8 * s;
    }

    @Override
    public int index() {
        return 7;
    }

    // The original tool's checks for this sheet never ran (its loop compared absolute row numbers with 0 and 1).
    @Override
    public void verify(SheetData sheet, Verifier original) {
        Verifier verify = original.added();
        verify.text(HEADER_ROW, 2, "ServiceAreaNumber");
        verify.text(HEADER_ROW, 3, "ServiceAreaName");
        verify.text(HEADER_ROW, 4, "ServicesSchedule");
        verify.text(HEADER_ROW, 5, "SITPickup/DeliverySchedule");
        for (int e = 0; e < ESCALATION_YEARS; e++) {
            for (int s = 0; s < SEASONS.size(); s++) {
                for (int i = 0; i < BLOCK_HEADERS.size(); i++) {
                    verify.text(HEADER_ROW, blockStart(e, s) + i, BLOCK_HEADERS.get(i));
                }
            }
        }
        verify.text(EXAMPLE_ROW, 3, "EXAMPLE");
    }

    @Override
    public void stage(SheetData sheet, StagedTemplate out) {
        List<DomesticServiceAreaPrice> rows = new ArrayList<>();
        TemplateSheet.untilLastRow(sheet, FIRST_ROW).forEach(r -> {
            for (int s = 0; s < SEASONS.size(); s++) {
                int base = blockStart(0, s);
                rows.add(new DomesticServiceAreaPrice(r + 1, sheet.cell(r, 2), sheet.cell(r, 3), sheet.cell(r, 4),
                        sheet.cell(r, 5), SEASONS.get(s), sheet.cell(r, base), sheet.cell(r, base + 1),
                        sheet.cell(r, base + 4), sheet.cell(r, base + 5)));
            }
        });
        out.put(StageTable.DOMESTIC_SERVICE_AREA_PRICES, rows);
    }
}
