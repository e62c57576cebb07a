package org.milmove.pricing.template;

import org.milmove.pricing.template.Staged.DomesticServiceArea;
import org.milmove.pricing.template.Staged.InternationalServiceArea;

/** Sheet 4, 1b) Service Areas: the domestic list (C..F) and the international list (J..K) share rows. */
final class ServiceAreasSheet implements TemplateSheet {
    private static final int HEADER_ROW = 8;
    private static final int FIRST_ROW = 9;

    @Override
    public int index() {
        return 4;
    }

    @Override
    public void verify(SheetData sheet, Verifier verify) {
        verify.text(HEADER_ROW, 2, "Base Point City");
        verify.text(HEADER_ROW, 3, "State");
        verify.text(HEADER_ROW, 4, "ServiceAreaNumber");
        verify.text(HEADER_ROW, 5, "IncludedZip3's");
        verify.text(HEADER_ROW, 9, "International Rate Area");
        verify.text(HEADER_ROW, 10, "Rate Area ID");
    }

    @Override
    public void stage(SheetData sheet, StagedTemplate out) {
        out.put(StageTable.DOMESTIC_SERVICE_AREAS, TemplateSheet.untilBlank(sheet, FIRST_ROW, 2)
                .mapToObj(r -> new DomesticServiceArea(r + 1, sheet.cell(r, 2), sheet.cell(r, 3), sheet.cell(r, 4),
                        sheet.cell(r, 5)))
                .toList());
        out.put(StageTable.INTERNATIONAL_SERVICE_AREAS, TemplateSheet.untilBlank(sheet, FIRST_ROW, 9)
                .mapToObj(r -> new InternationalServiceArea(r + 1, sheet.cell(r, 9), sheet.cell(r, 10)))
                .toList());
    }
}
