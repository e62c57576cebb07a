package org.milmove.pricing.template;

import java.util.List;
import org.milmove.pricing.template.Staged.AccessorialPrice;

/** Sheet 17, 5a) Access. and Add. Prices: domestic, international and additional (factor) sections. */
final class AccessorialSheet implements TemplateSheet {
    /** Header row, then the texts of C, D and E in the header and example rows. */
    record Section(int headerRow, StageTable<AccessorialPrice> table, List<String> header, List<String> example) {
        int firstRow() {
            return headerRow + 2;
        }
    }

    static final List<String> PRICE_EXAMPLE = List.of("X", "EXAMPLE (per unit of measure)", "$X.XX");
    static final List<Section> SECTIONS = List.of(
            new Section(9, StageTable.DOMESTIC_ACCESSORIAL_PRICES,
                    List.of("Services Schedule", "Service Provided", "PricePerUnitofMeasure"), PRICE_EXAMPLE),
            new Section(23, StageTable.INTERNATIONAL_ACCESSORIAL_PRICES,
                    List.of("Market", "Service Provided", "PricePerUnitofMeasure"), PRICE_EXAMPLE),
            new Section(37, StageTable.ADDITIONAL_PRICES,
                    List.of("Market", "Shipment Type", "Factor"), List.of("CONUS / OCONUS", "EXAMPLE", "X.XX")));

    @Override
    public int index() {
        return 17;
    }

    @Override
    public void verify(SheetData sheet, Verifier verify) {
        for (Section section : SECTIONS) {
            verifyRow(verify, section.headerRow(), section.header());
            verifyRow(verify, section.headerRow() + 1, section.example());
        }
    }

    private static void verifyRow(Verifier verify, int row, List<String> expected) {
        verify.text(row, 2, expected.get(0));
        verify.text(row, 3, expected.get(1));
        verify.text(row, 4, expected.get(2));
    }

    @Override
    public void stage(SheetData sheet, StagedTemplate out) {
        for (Section section : SECTIONS) {
            out.put(section.table(), TemplateSheet.untilBlank(sheet, section.firstRow(), 2)
                    .mapToObj(r -> new AccessorialPrice(r + 1, sheet.cell(r, 2), sheet.cell(r, 3), sheet.cell(r, 4)))
                    .toList());
        }
    }
}
