package org.milmove.pricing.template;

import java.util.ArrayList;
import java.util.List;
import org.milmove.pricing.template.Staged.OtherIntlPrice;

/** Sheet 13, 3d) Other International Prices: eight prices per season for each rate area. */
final class OtherIntlSheet implements TemplateSheet {
    static final List<String> PRICE_HEADERS = List.of(
            "HHGOriginPackPrice(percwt)",
            "HHGDestinationUnpackPrice(percwt)",
            "UBOriginPackPrice(percwt)",
            "UBDestinationUnpackPrice(percwt)",
            "Origin/DestinationSITFirstDay&WarehouseHandling(percwt)",
            "Origin/DestinationSITAdd'lDays(percwt)",
            "SITPickup/Delivery≤50Miles(percwt)",
            "SITPickup/Delivery>50Miles(percwtpermile)");
    static final String AREA_CODE_HEADER = "PriceAreaCode/ID";
    static final String AREA_NAME_HEADER =
            "InternationalPriceArea(PPIRA)/DomesticPriceArea(PPDRA)/Non-StandardRateArea";
    private static final int HEADER_ROW = 7;
    private static final int PRICE_HEADER_ROW = 8;
    private static final int FIRST_ROW = 10;

    /** The first price column of a season's block: E for NonPeak, N for Peak. */
    static int blockStart(int season) {
        return 4 + 9 * season;
    }

    @Override
    public int index() {
        return 13;
    }

    @Override
    public void verify(SheetData sheet, Verifier verify) {
        verify.text(HEADER_ROW, 2, AREA_CODE_HEADER);
        verify.text(HEADER_ROW, 3, AREA_NAME_HEADER);
        for (int s = 0; s < SEASONS.size(); s++) {
            for (int i = 0; i < PRICE_HEADERS.size(); i++) {
                verify.text(PRICE_HEADER_ROW, blockStart(s) + i, PRICE_HEADERS.get(i));
            }
        }
    }

    @Override
    public void stage(SheetData sheet, StagedTemplate out) {
        List<OtherIntlPrice> rows = new ArrayList<>();
        TemplateSheet.untilBlank(sheet, FIRST_ROW, 4).forEach(r -> {
            for (int s = 0; s < SEASONS.size(); s++) {
                int c = blockStart(s);
                rows.add(new OtherIntlPrice(r + 1, sheet.cell(r, 2), sheet.cell(r, 3), sheet.cell(r, c),
                        sheet.cell(r, c + 1), sheet.cell(r, c + 2), sheet.cell(r, c + 3), sheet.cell(r, c + 4),
                        sheet.cell(r, c + 5), sheet.cell(r, c + 6), sheet.cell(r, c + 7), SEASONS.get(s)));
            }
        });
        out.put(StageTable.OTHER_INTL_PRICES, rows);
    }
}
