package org.milmove.pricing.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.milmove.pricing.report.SpotCheck.Finding;
import org.milmove.pricing.template.HeaderMismatch;
import org.milmove.pricing.template.StageTable;
import org.milmove.pricing.template.Staged.DomesticServiceArea;
import org.milmove.pricing.template.StagedRow;
import org.milmove.pricing.template.StagedTemplate;

/** Header warnings, duplicates and gaps across the staged sheets: what the spot-check report lists for a person to look at. */
public final class Findings {
    private static final int MAX_ROWS_LISTED = 10;

    private final StagedTemplate template;
    private final List<Finding> findings = new ArrayList<>();

    private Findings(StagedTemplate template) {
        this.template = template;
    }

    public static List<Finding> of(StagedTemplate template) {
        Findings f = new Findings(template);
        f.headerWarnings();
        f.zip3sListedTwice();
        f.serviceAreaGaps();
        f.duplicateKeys();
        f.contractYearGaps();
        f.emptyCells();
        return List.copyOf(f.findings);
    }

    private void add(int sheet, String kind, String detail) {
        findings.add(new Finding(template.describeSheet(sheet), kind, detail));
    }

    private void headerWarnings() {
        for (HeaderMismatch m : template.headerWarnings()) {
            add(m.sheet(), "header warning", m.describeCell());
        }
    }

    private void zip3sListedTwice() {
        Map<String, List<Integer>> rowsByZip3 = new LinkedHashMap<>();
        for (DomesticServiceArea row : template.rows(StageTable.DOMESTIC_SERVICE_AREAS)) {
            for (String part : row.zip3s().split(",")) {
                rowsByZip3.computeIfAbsent(pad3(part), z -> new ArrayList<>()).add(row.row());
            }
        }
        rowsByZip3.forEach((zip3, rows) -> {
            if (rows.size() > 1) {
                add(4, "duplicate", "zip3 " + zip3 + " is listed " + rows.size() + " times (rows " + list(rows) + ")");
            }
        });
    }

    private void serviceAreaGaps() {
        if (!template.has(StageTable.DOMESTIC_SERVICE_AREAS)) {
            return;
        }
        Set<String> inServiceAreas = areas(StageTable.DOMESTIC_SERVICE_AREAS, DomesticServiceArea::serviceAreaNumber);
        Set<String> inLinehaul = areas(StageTable.DOMESTIC_LINEHAUL_PRICES, r -> r.serviceAreaNumber());
        Set<String> inPrices = areas(StageTable.DOMESTIC_SERVICE_AREA_PRICES, r -> r.serviceAreaNumber());
        gap(6, inLinehaul, inServiceAreas, "is in 2a but not in 1b", StageTable.DOMESTIC_LINEHAUL_PRICES);
        gap(7, inPrices, inServiceAreas, "is in 2b but not in 1b", StageTable.DOMESTIC_SERVICE_AREA_PRICES);
        gap(4, inServiceAreas, inLinehaul, "is in 1b but has no linehaul prices in 2a",
                StageTable.DOMESTIC_LINEHAUL_PRICES);
        gap(4, inServiceAreas, inPrices, "is in 1b but has no prices in 2b", StageTable.DOMESTIC_SERVICE_AREA_PRICES);
    }

    private void gap(int sheet, Set<String> present, Set<String> expectedIn, String what, StageTable<?> needed) {
        if (!template.has(needed)) {
            return;
        }
        for (String area : present) {
            if (!expectedIn.contains(area)) {
                add(sheet, "gap", "service area " + area + " " + what);
            }
        }
    }

    private <R extends StagedRow> Set<String> areas(StageTable<R> table, Function<R, String> number) {
        return template.rows(table).stream().map(r -> pad3(number.apply(r)))
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private void duplicateKeys() {
        duplicates(StageTable.DOMESTIC_LINEHAUL_PRICES, r -> pad3(r.serviceAreaNumber()) + " " + r.season() + " "
                + r.weightLower() + "-" + r.weightUpper() + " lb " + r.milesLower() + "-" + r.milesUpper() + " mi");
        duplicates(StageTable.DOMESTIC_SERVICE_AREA_PRICES, r -> pad3(r.serviceAreaNumber()) + " " + r.season());
        for (var table : List.of(StageTable.OCONUS_TO_OCONUS_PRICES, StageTable.CONUS_TO_OCONUS_PRICES,
                StageTable.OCONUS_TO_CONUS_PRICES)) {
            duplicates(table, r -> r.originCode() + " → " + r.destinationCode() + " " + r.season());
        }
        duplicates(StageTable.NON_STANDARD_LOCN_PRICES,
                r -> r.originId() + " → " + r.destinationId() + " " + r.season());
        duplicates(StageTable.OTHER_INTL_PRICES, r -> r.rateAreaCode() + " " + r.season());
        duplicates(StageTable.INTERNATIONAL_SERVICE_AREAS, r -> "rate area " + r.rateAreaId());
        duplicates(StageTable.PRICE_ESCALATION_DISCOUNTS, r -> "contract year " + r.contractYear());
    }

    private <R extends StagedRow> void duplicates(StageTable<R> table, Function<R, String> key) {
        Map<String, List<Integer>> rows = new LinkedHashMap<>();
        for (R row : template.rows(table)) {
            rows.computeIfAbsent(key.apply(row), k -> new ArrayList<>()).add(row.row());
        }
        rows.forEach((k, at) -> {
            if (at.size() > 1) {
                add(table.sheetIndex(), "duplicate", k + " appears " + at.size() + " times (rows " + list(at) + ")");
            }
        });
    }

    private void contractYearGaps() {
        if (!template.has(StageTable.PRICE_ESCALATION_DISCOUNTS)) {
            return;
        }
        Set<String> years = template.rows(StageTable.PRICE_ESCALATION_DISCOUNTS).stream()
                .map(r -> r.contractYear()).collect(Collectors.toSet());
        for (var table : List.of(StageTable.SHIPMENT_MANAGEMENT_PRICES, StageTable.COUNSELING_PRICES)) {
            for (var row : template.rows(table)) {
                if (!years.contains(row.contractYear())) {
                    add(16, "gap", "contract year \"" + row.contractYear() + "\" (row " + row.row()
                            + ") is not in 5b");
                }
            }
        }
    }

    private void emptyCells() {
        for (StageTable<?> table : template.tables()) {
            List<String> columns = table.columns();
            for (int c = 0; c < columns.size(); c++) {
                if (columns.get(c).equals("discount")) {
                    continue;
                }
                List<Integer> rows = new ArrayList<>();
                for (StagedRow row : template.rows(table)) {
                    if (row.fields().get(c).isEmpty() && (rows.isEmpty() || rows.get(rows.size() - 1) != row.row())) {
                        rows.add(row.row());
                    }
                }
                if (!rows.isEmpty()) {
                    add(table.sheetIndex(), "empty cell", rows.size() + " empty " + columns.get(c) + " cell"
                            + (rows.size() == 1 ? "" : "s") + " (rows " + list(rows) + ")");
                }
            }
        }
    }

    private static String list(List<Integer> rows) {
        String shown = rows.stream().limit(MAX_ROWS_LISTED).map(String::valueOf).collect(Collectors.joining(", "));
        return rows.size() > MAX_ROWS_LISTED ? shown + ", …" : shown;
    }

    /** Like the import's PAD3, but never fails: an unreadable number is shown as it is. */
    private static String pad3(String text) {
        String digits = text.contains(".") ? text.substring(0, text.indexOf('.')) : text;
        return digits.matches("[0-9]{1,3}") ? String.format(Locale.ROOT, "%03d", Integer.parseInt(digits)) : text;
    }
}
