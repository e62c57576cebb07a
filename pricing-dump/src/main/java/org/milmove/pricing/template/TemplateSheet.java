package org.milmove.pricing.template;

import java.util.List;
import java.util.stream.IntStream;

/** One parsed tab of the pricing template: its header checks and its staging. Indexes are 0-based. */
interface TemplateSheet {
    List<String> SEASONS = List.of("NonPeak", "Peak");

    int index();

    void verify(SheetData sheet, Verifier verify);

    void stage(SheetData sheet, StagedTemplate out);

    /** Rows from {@code first} up to the first one whose column {@code col} is empty (or the sheet's end). */
    static IntStream untilBlank(SheetData sheet, int first, int col) {
        return IntStream.iterate(first, r -> r < sheet.maxRow() && !sheet.cell(r, col).isEmpty(), r -> r + 1);
    }

    /** Every row from {@code first} to the sheet's last row: these sections have no blank-row stop. */
    static IntStream untilLastRow(SheetData sheet, int first) {
        return IntStream.range(first, Math.max(first, sheet.maxRow()));
    }
}
