package org.milmove.pricing.template;

import java.util.ArrayList;
import java.util.List;
import org.milmove.pricing.template.Staged.IntlPrice;

/** Sheets 10, 11 and 12 (3a, 3b, 3c): origin, destination, then HHG and UB prices for each season. */
final class IntlPricesSheet implements TemplateSheet {
    static final String HHG_HEADER = "HHG Shipping / Linehaul Price (except SIT) (per cwt)";
    static final String UB_HEADER = "UB Price (except SIT) (per cwt)";
    private static final int HEADER_ROW = 7;
    private static final int SUBHEADER_ROW = 8;
    private static final int EXAMPLE_ROW = 9;
    private static final int FIRST_ROW = 10;
    private static final int[] HHG_COLUMN = {6, 9};
    private static final int[] UB_COLUMN = {7, 10};

    private final int index;
    private final StageTable<IntlPrice> table;
    private final List<String> headers;

    private IntlPricesSheet(int index, StageTable<IntlPrice> table, String... headers) {
        this.index = index;
        this.table = table;
        this.headers = List.of(headers);
    }

    static IntlPricesSheet oconusToOconus() {
        return new IntlPricesSheet(10, StageTable.OCONUS_TO_OCONUS_PRICES, "OriginIntlPriceAreaID",
                "OriginIntlPriceArea(PPIRA)", "DestinationIntlPriceAreaID", "DestinationIntlPriceArea(PPIRA)");
    }

    static IntlPricesSheet conusToOconus() {
        return new IntlPricesSheet(11, StageTable.CONUS_TO_OCONUS_PRICES, "OriginDomesticPriceAreaCode",
                "OriginDomesticPriceArea(PPDRA)", "DestinationIntlPriceAreaID", "DestinationIntlPriceArea(PPIRA)");
    }

    static IntlPricesSheet oconusToConus() {
        return new IntlPricesSheet(12, StageTable.OCONUS_TO_CONUS_PRICES, "OriginIntlPriceAreaID",
                "OriginInternationalPriceArea(PPIRA)", "DestinationDomesticPriceAreaCode",
                "DestinationDomesticPriceArea(PPDRA)");
    }

    List<String> headers() {
        return headers;
    }

    @Override
    public int index() {
        return index;
    }

    // The original tool's checks for these sheets never ran (its loop compared absolute row numbers with 0 and 1).
    @Override
    public void verify(SheetData sheet, Verifier original) {
        Verifier verify = original.added();
        for (int i = 0; i < headers.size(); i++) {
            verify.text(HEADER_ROW, 2 + i, headers.get(i));
        }
        verify.text(SUBHEADER_ROW, HHG_COLUMN[0], HHG_HEADER);
        verify.text(SUBHEADER_ROW, UB_COLUMN[0], UB_HEADER);
        verify.text(EXAMPLE_ROW, 3, "EXAMPLE");
    }

    @Override
    public void stage(SheetData sheet, StagedTemplate out) {
        List<IntlPrice> rows = new ArrayList<>();
        TemplateSheet.untilLastRow(sheet, FIRST_ROW).forEach(r -> {
            for (int s = 0; s < SEASONS.size(); s++) {
                rows.add(new IntlPrice(r + 1, sheet.cell(r, 2), sheet.cell(r, 3), sheet.cell(r, 4), sheet.cell(r, 5),
                        SEASONS.get(s), sheet.cell(r, HHG_COLUMN[s]), sheet.cell(r, UB_COLUMN[s])));
            }
        });
        out.put(table, rows);
    }
}
