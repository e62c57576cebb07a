package org.milmove.pricing.template;

import java.util.ArrayList;
import java.util.List;
import org.milmove.pricing.template.Staged.DomesticLinehaulPrice;

/** Sheet 6, 2a) Domestic Linehaul Prices: a rate grid of season × weight band × mileage band per service area. */
final class LinehaulSheet implements TemplateSheet {
    static final int[] WEIGHT_LOWER = {500, 5000, 10000};
    static final int[] WEIGHT_UPPER = {4999, 9999, 999999};
    static final int[] MILES_LOWER = {0, 251, 501, 1001, 1501, 2001, 2501, 3001, 3501, 4001};
    static final int[] MILES_UPPER = {250, 500, 1000, 1500, 2000, 2500, 3000, 3500, 4000, 999999};
    private static final int MILES_LOWER_ROW = 11;
    private static final int MILES_UPPER_ROW = 12;
    private static final int EXAMPLE_ROW = 13;
    private static final int FIRST_ROW = 14;

    /** Column of the rate for escalation year e, season s, weight band w and mileage band m. */
    static int column(int e, int s, int w, int m) {
        return 6 + 62 * e + 31 * s + 10 * w + m;
    }

    @Override
    public int index() {
        return 6;
    }

    @Override
    public void verify(SheetData sheet, Verifier verify) {
        verify.text(MILES_LOWER_ROW, 2, "ServiceAreaNumber");
        verify.text(MILES_LOWER_ROW, 3, "OriginServiceArea");
        verify.text(MILES_LOWER_ROW, 4, "ServicesSchedule");
        for (int e = 0; e < 2; e++) {
            for (int s = 0; s < 2; s++) {
                verifyMileageBands(verify, e, s);
            }
        }
        // The original's example-row check could never be reached.
        verify.added().text(EXAMPLE_ROW, 3, "EXAMPLE");
    }

    private static void verifyMileageBands(Verifier verify, int e, int s) {
        int last = MILES_LOWER.length - 1;
        for (int w = 0; w < WEIGHT_LOWER.length; w++) {
            for (int m = 0; m < last; m++) {
                verify.integer(MILES_LOWER_ROW, column(e, s, w, m), MILES_LOWER[m]);
                verify.integer(MILES_UPPER_ROW, column(e, s, w, m), MILES_UPPER[m]);
            }
            // The original skips the last band: real templates write its lower bound as text such as "4001+".
            verify.added().openBound(MILES_LOWER_ROW, column(e, s, w, last), MILES_LOWER[last]);
        }
    }

    @Override
    public void stage(SheetData sheet, StagedTemplate out) {
        List<DomesticLinehaulPrice> rows = new ArrayList<>();
        TemplateSheet.untilLastRow(sheet, FIRST_ROW).forEach(r -> stageRow(sheet, r, rows));
        out.put(StageTable.DOMESTIC_LINEHAUL_PRICES, rows);
    }

    private static void stageRow(SheetData sheet, int r, List<DomesticLinehaulPrice> rows) {
        for (int s = 0; s < SEASONS.size(); s++) {
            for (int w = 0; w < WEIGHT_LOWER.length; w++) {
                for (int m = 0; m < MILES_LOWER.length; m++) {
                    rows.add(new DomesticLinehaulPrice(r + 1, sheet.cell(r, 2), sheet.cell(r, 3), sheet.cell(r, 4),
                            SEASONS.get(s), Integer.toString(WEIGHT_LOWER[w]), Integer.toString(WEIGHT_UPPER[w]),
                            Integer.toString(MILES_LOWER[m]), Integer.toString(MILES_UPPER[m]), "0",
                            sheet.cell(r, column(0, s, w, m))));
                }
            }
        }
    }
}
