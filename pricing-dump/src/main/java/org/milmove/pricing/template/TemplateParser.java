package org.milmove.pricing.template;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Verifies the headers of the selected sheets and stages their rows, one sheet in memory at a time. */
public final class TemplateParser {
    /** The parsed sheets, in the order the original tool processes them by default. */
    public static final List<Integer> ALL_SHEETS = List.of(4, 6, 7, 8, 10, 11, 12, 13, 14, 16, 17, 18);

    /** Tab names from the original tool's documentation; the parser goes by index and only uses them in messages. */
    public static final Map<Integer, String> EXPECTED_TAB_NAMES = Map.ofEntries(
            Map.entry(4, "1b) Service Areas"),
            Map.entry(6, "2a) Domestic Linehaul Prices"),
            Map.entry(7, "2b) Dom. Service Area Prices"),
            Map.entry(8, "2c) Other Domestic Prices"),
            Map.entry(10, "3a) OCONUS to OCONUS Prices"),
            Map.entry(11, "3b) CONUS to OCONUS Prices"),
            Map.entry(12, "3c) OCONUS to CONUS Prices"),
            Map.entry(13, "3d) Other International Prices"),
            Map.entry(14, "3e) Non-Standard Loc'n Prices"),
            Map.entry(16, "4a) Mgmt., Coun., Trans. Prices"),
            Map.entry(17, "5a) Access. and Add. Prices"),
            Map.entry(18, "5b) Price Escalation Discount"));

    private static final Map<Integer, TemplateSheet> SHEETS = sheets(new ServiceAreasSheet(), new LinehaulSheet(),
            new ServiceAreaPricesSheet(), new OtherDomesticSheet(), IntlPricesSheet.oconusToOconus(),
            IntlPricesSheet.conusToOconus(), IntlPricesSheet.oconusToConus(), new OtherIntlSheet(),
            new NonStandardSheet(), new TaskOrderSheet(), new AccessorialSheet(), new EscalationSheet());

    /** Told after each sheet is staged. */
    @FunctionalInterface
    public interface Progress {
        void sheetStaged(int index, String tabName, int stagedRows, long millis);

        Progress NONE = (index, tabName, stagedRows, millis) -> { };
    }

    private TemplateParser() {
    }

    private static Map<Integer, TemplateSheet> sheets(TemplateSheet... sheets) {
        Map<Integer, TemplateSheet> byIndex = new LinkedHashMap<>();
        for (TemplateSheet sheet : sheets) {
            byIndex.put(sheet.index(), sheet);
        }
        return byIndex;
    }

    /** Parses with the checks the original tool never ran as warnings, as the original would accept the workbook. */
    public static StagedTemplate parse(PricingWorkbook workbook, List<Integer> sheetIndexes, Progress progress) {
        return parse(workbook, sheetIndexes, progress, false);
    }

    /**
     * Checks the headers of every selected sheet and stages them. Mismatches of checks the original tool runs (with
     * {@code strictHeaders}, of any check) are errors: after every sheet is checked, a {@link HeaderCheckException}
     * lists all mismatches. Otherwise the mismatches are warnings, kept in {@link StagedTemplate#headerWarnings()}.
     */
    public static StagedTemplate parse(PricingWorkbook workbook, List<Integer> sheetIndexes, Progress progress,
            boolean strictHeaders) {
        checkSelection(workbook, sheetIndexes);
        StagedTemplate staged = new StagedTemplate();
        List<HeaderMismatch> mismatches = new ArrayList<>();
        for (int index : sheetIndexes) {
            long start = System.nanoTime();
            SheetData sheet = workbook.read(index);
            TemplateSheet parser = SHEETS.get(index);
            parser.verify(sheet, new Verifier(sheet, mismatches));
            if (hasErrors(mismatches, strictHeaders)) {
                continue; // no use staging: the run fails once every sheet's headers are checked
            }
            staged.addSheet(index, sheet.name());
            int before = staged.totalRows();
            parser.stage(sheet, staged);
            progress.sheetStaged(index, sheet.name(), staged.totalRows() - before, (System.nanoTime() - start) / 1_000_000);
        }
        if (hasErrors(mismatches, strictHeaders)) {
            throw new HeaderCheckException(mismatches, strictHeaders);
        }
        staged.headerWarnings(mismatches);
        return staged;
    }

    private static boolean hasErrors(List<HeaderMismatch> mismatches, boolean strict) {
        return mismatches.stream().anyMatch(m -> m.isError(strict));
    }

    private static void checkSelection(PricingWorkbook workbook, List<Integer> sheetIndexes) {
        for (int index : sheetIndexes) {
            if (!SHEETS.containsKey(index)) {
                throw new TemplateException("Sheet " + index + " has no parser; the parsed sheets are "
                        + ALL_SHEETS.stream().map(String::valueOf).collect(Collectors.joining(", ")));
            }
        }
        int highest = sheetIndexes.stream().mapToInt(Integer::intValue).max().orElse(-1);
        if (highest >= workbook.sheetCount()) {
            throw new TemplateException(String.format(
                    "%s has %d sheets, so sheet %d (expected tab \"%s\") is missing; is this the GHC pricing template?",
                    workbook.name(), workbook.sheetCount(), highest, EXPECTED_TAB_NAMES.get(highest)));
        }
    }
}
