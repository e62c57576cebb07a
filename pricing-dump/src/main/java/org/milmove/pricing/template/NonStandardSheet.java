package org.milmove.pricing.template;

import java.util.ArrayList;
import java.util.List;
import org.milmove.pricing.template.Staged.NonStandardLocnPrice;

/** Sheet 14, 3e) Non-Standard Loc'n Prices: five sections at fixed rows, one per move type. */
final class NonStandardSheet implements TemplateSheet {
    static final int[] SECTION_STARTS = {10, 243, 1031, 1819, 2622};
    static final String HHG_HEADER = "HHGPrice(exceptSIT)(percwt)";
    static final String UB_HEADER = "UBPrice(exceptSIT)(percwt)";
    private static final int HEADER_ROW = 7;
    private static final int SUBHEADER_ROW = 8;
    private static final int[] HHG_COLUMN = {7, 10};
    private static final int[] UB_COLUMN = {8, 11};

    @Override
    public int index() {
        return 14;
    }

    @Override
    public void verify(SheetData sheet, Verifier verify) {
        verify.text(HEADER_ROW, 2, "OriginID");
        verify.text(HEADER_ROW, 3, "OriginArea");
        verify.text(HEADER_ROW, 4, "DestinationID");
        verify.text(HEADER_ROW, 5, "DestinationArea");
        verify.text(SUBHEADER_ROW, 6, "MoveType");
        for (int s = 0; s < SEASONS.size(); s++) {
            verify.text(SUBHEADER_ROW, HHG_COLUMN[s], HHG_HEADER);
            verify.text(SUBHEADER_ROW, UB_COLUMN[s], UB_HEADER);
        }
    }

    @Override
    public void stage(SheetData sheet, StagedTemplate out) {
        List<NonStandardLocnPrice> rows = new ArrayList<>();
        for (int start : SECTION_STARTS) {
            TemplateSheet.untilBlank(sheet, start, 7).forEach(r -> {
                for (int s = 0; s < SEASONS.size(); s++) {
                    rows.add(new NonStandardLocnPrice(r + 1, sheet.cell(r, 2), sheet.cell(r, 3), sheet.cell(r, 4),
                            sheet.cell(r, 5), sheet.cell(r, 6), SEASONS.get(s), sheet.cell(r, HHG_COLUMN[s]),
                            sheet.cell(r, UB_COLUMN[s])));
                }
            });
        }
        out.put(StageTable.NON_STANDARD_LOCN_PRICES, rows);
    }
}
