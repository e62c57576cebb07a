package org.milmove.pricing.template;

import org.milmove.pricing.template.Staged.DomesticOtherPrice;

/** Sheet 8, 2c) Other Domestic Prices: the pack/unpack section and the SIT pickup/delivery section. */
final class OtherDomesticSheet implements TemplateSheet {
    private static final int PACK_HEADER_ROW = 10;
    private static final int PACK_EXAMPLE_ROW = 11;
    private static final int PACK_FIRST_ROW = 12;
    private static final int SIT_HEADER_ROW = 21;
    private static final int SIT_SUBHEADER_ROW = 22;
    private static final int SIT_EXAMPLE_ROW = 23;
    private static final int SIT_FIRST_ROW = 24;

    @Override
    public int index() {
        return 8;
    }

    @Override
    public void verify(SheetData sheet, Verifier verify) {
        verify.text(PACK_HEADER_ROW, 2, "ServicesSchedule");
        verify.text(PACK_HEADER_ROW, 3, "ServiceProvided");
        verify.text(PACK_HEADER_ROW, 4, "Non-Peak(percwt)");
        verify.text(PACK_HEADER_ROW, 5, "Peak(percwt)");
        verifyExample(verify, PACK_EXAMPLE_ROW);
        verify.text(SIT_HEADER_ROW, 2, "SITPickup/DeliverySchedule");
        verify.text(SIT_SUBHEADER_ROW, 3, "Service Provided");
        verify.text(SIT_SUBHEADER_ROW, 4, "Non-Peak(percwt)");
        verify.text(SIT_SUBHEADER_ROW, 5, "Peak(percwt)");
        verifyExample(verify, SIT_EXAMPLE_ROW);
    }

    private static void verifyExample(Verifier verify, int row) {
        verify.text(row, 2, "X");
        verify.text(row, 3, "EXAMPLE (per cwt)");
        verify.text(row, 4, "$X.XX");
        verify.text(row, 5, "$X.XX");
    }

    @Override
    public void stage(SheetData sheet, StagedTemplate out) {
        out.put(StageTable.DOMESTIC_OTHER_PACK_PRICES, section(sheet, PACK_FIRST_ROW));
        out.put(StageTable.DOMESTIC_OTHER_SIT_PRICES, section(sheet, SIT_FIRST_ROW));
    }

    private static java.util.List<DomesticOtherPrice> section(SheetData sheet, int first) {
        return TemplateSheet.untilBlank(sheet, first, 2)
                .mapToObj(r -> new DomesticOtherPrice(r + 1, sheet.cell(r, 2), sheet.cell(r, 3), sheet.cell(r, 4),
                        sheet.cell(r, 5)))
                .toList();
    }
}
