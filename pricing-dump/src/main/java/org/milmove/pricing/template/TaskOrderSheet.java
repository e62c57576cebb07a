package org.milmove.pricing.template;

import java.util.List;
import org.milmove.pricing.template.Staged.ContractYearPrice;

/** Sheet 16, 4a) Mgmt., Coun., Trans. Prices: three contract-year/price sections. */
final class TaskOrderSheet implements TemplateSheet {
    static final String MANAGEMENT_HEADER = "ShipmentManagementServicesPrice($pertaskorder)";
    static final String COUNSELING_HEADER = "CounselingServicesPrice($pertaskorder)";
    static final String TRANSITION_HEADER = "TransitionPrice($totalcost)";

    @Override
    public int index() {
        return 16;
    }

    @Override
    public void verify(SheetData sheet, Verifier verify) {
        verifyHeader(verify, 7, MANAGEMENT_HEADER);
        verifyExample(verify, 8);
        verifyHeader(verify, 20, COUNSELING_HEADER);
        verifyExample(verify, 21);
        verifyHeader(verify, 33, TRANSITION_HEADER);
    }

    private static void verifyHeader(Verifier verify, int row, String priceHeader) {
        verify.text(row, 2, "Contract Year");
        verify.text(row, 3, priceHeader);
    }

    private static void verifyExample(Verifier verify, int row) {
        verify.text(row, 2, "EXAMPLE");
        verify.text(row, 3, "$X.XX");
    }

    @Override
    public void stage(SheetData sheet, StagedTemplate out) {
        out.put(StageTable.SHIPMENT_MANAGEMENT_PRICES, section(sheet, 9));
        out.put(StageTable.COUNSELING_PRICES, section(sheet, 22));
        out.put(StageTable.TRANSITION_PRICES, section(sheet, 34));
    }

    private static List<ContractYearPrice> section(SheetData sheet, int first) {
        return TemplateSheet.untilBlank(sheet, first, 2)
                .mapToObj(r -> new ContractYearPrice(r + 1, sheet.cell(r, 2), sheet.cell(r, 3)))
                .toList();
    }
}
