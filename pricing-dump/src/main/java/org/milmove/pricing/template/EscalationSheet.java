package org.milmove.pricing.template;

import java.util.List;
import org.milmove.pricing.template.Staged.PriceEscalation;

/** Sheet 18, 5b) Price Escalation Discount: one escalation factor per contract year, in contract order. */
final class EscalationSheet implements TemplateSheet {
    static final List<String> HEADERS = List.of("Contract Year",
            "Government-set IHS Markit Pricing and Purchasing Industry Forecasting Adjustment", "Discount",
            "Resulting Price Escalation");
    private static final int HEADER_ROW = 7;
    private static final int EXAMPLE_ROW = 8;
    private static final int FIRST_ROW = 9;

    @Override
    public int index() {
        return 18;
    }

    @Override
    public void verify(SheetData sheet, Verifier verify) {
        for (int i = 0; i < HEADERS.size(); i++) {
            verify.text(HEADER_ROW, 7 + i, HEADERS.get(i));
        }
        verify.text(EXAMPLE_ROW, 7, "EXAMPLE");
    }

    @Override
    public void stage(SheetData sheet, StagedTemplate out) {
        out.put(StageTable.PRICE_ESCALATION_DISCOUNTS, TemplateSheet.untilBlank(sheet, FIRST_ROW, 7)
                .mapToObj(r -> new PriceEscalation(r + 1, sheet.cell(r, 7), sheet.cell(r, 8), sheet.cell(r, 9),
                        sheet.cell(r, 10)))
                .toList());
    }
}
