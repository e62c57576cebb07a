package org.milmove.pricing.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.milmove.pricing.report.SpotCheck.Finding;
import org.milmove.pricing.report.SpotCheck.Sample;

/** The spot-check report as plain text for a terminal. */
public final class TextReport {
    private TextReport() {
    }

    public static String render(SpotCheck check) {
        StringBuilder out = new StringBuilder();
        out.append("Pricing template spot check: ").append(check.workbook()).append('\n');
        section(out, "Staged rows per stage table", List.of("stage table", "rows"), counts(check.stagedRows()));
        if (check.imported()) {
            section(out, "Rows written for contract " + check.contractCode(), List.of("table", "rows"),
                    counts(check.rowsWritten()));
        } else {
            out.append("\nNothing was imported.\n");
        }
        List<List<String>> findings = new ArrayList<>();
        for (Finding f : check.findings()) {
            findings.add(List.of(f.sheet(), f.kind(), f.detail()));
        }
        if (findings.isEmpty()) {
            out.append("\nFindings: no duplicates, gaps or empty cells found.\n");
        } else {
            section(out, "Findings (" + findings.size() + ")", List.of("sheet", "kind", "detail"), findings);
        }
        for (Sample sample : check.samples()) {
            section(out, "Sample of " + sample.table(), sample.columns(), sample.rows());
        }
        return out.toString();
    }

    /**
     * The report of a workbook that was not imported: why, then the spot check of what was parsed when parsing got
     * that far ({@code parsed} is null when it did not).
     */
    public static String renderFailure(String workbook, String reason, SpotCheck parsed) {
        String failure = "Pricing template import FAILED: " + workbook + "\n" + reason
                + "\nNothing was imported; the database is unchanged.\n";
        return parsed == null ? failure : failure + "\n" + render(parsed);
    }

    static List<List<String>> counts(Map<String, Integer> counts) {
        List<List<String>> rows = new ArrayList<>();
        // The HTML report is a file: the same on every machine, whatever its locale.
        counts.forEach((name, n) -> rows.add(List.of(name, String.format(Locale.ROOT, "%,d", n))));
        rows.add(List.of("total", String.format(Locale.ROOT, "%,d", counts.values().stream().mapToInt(Integer::intValue).sum())));
        return rows;
    }

    private static void section(StringBuilder out, String title, List<String> header, List<List<String>> rows) {
        out.append('\n').append(title).append('\n').append(table(header, rows));
    }

    /** A text table, columns padded to their widest cell, numbers aligned right, each line indented by two spaces. */
    public static String table(List<String> header, List<List<String>> rows) {
        StringBuilder out = new StringBuilder();
        int[] widths = new int[header.size()];
        for (List<String> row : concat(header, rows)) {
            for (int c = 0; c < widths.length; c++) {
                widths[c] = Math.max(widths[c], row.get(c).length());
            }
        }
        for (List<String> row : concat(header, rows)) {
            StringBuilder line = new StringBuilder(" ");
            for (int c = 0; c < widths.length; c++) {
                String cell = row.get(c);
                String align = isNumber(cell) ? "%" : "%-";
                line.append(' ').append(String.format(align + widths[c] + "s", cell));
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        return out.toString();
    }

    static boolean isNumber(String cell) {
        return cell.matches("[-+]?[$]?[0-9][0-9,.]*%?");
    }

    private static List<List<String>> concat(List<String> header, List<List<String>> rows) {
        List<List<String>> all = new ArrayList<>();
        all.add(header);
        all.addAll(rows);
        return all;
    }
}
