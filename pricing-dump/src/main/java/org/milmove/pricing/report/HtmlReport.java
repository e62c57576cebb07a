package org.milmove.pricing.report;

import java.util.List;
import org.milmove.pricing.report.SpotCheck.Finding;
import org.milmove.pricing.report.SpotCheck.Sample;

/** The spot-check report as one self-contained HTML page (inline CSS, no scripts, no external resources). */
public final class HtmlReport {
    private static final String STYLE = """
            body{font-family:system-ui,sans-serif;margin:2em;color:#222}
            table{border-collapse:collapse;margin:.5em 0 1.5em}
            th,td{border:1px solid #ccc;padding:.25em .6em;text-align:left}
            th{background:#eee}td.n{text-align:right;font-variant-numeric:tabular-nums}
            tr.total td{font-weight:bold}.none{color:#2a7a2a}.kind{white-space:nowrap}.failed{color:#a00;font-weight:bold}
            """;

    private HtmlReport() {
    }

    public static String render(SpotCheck check) {
        StringBuilder html = page("Pricing template spot check", check.workbook());
        sections(html, check);
        return html.append("</body></html>\n").toString();
    }

    /**
     * The page for a workbook that was not imported: why, then the spot check of what was parsed when parsing got
     * that far ({@code parsed} is null when it did not).
     */
    public static String renderFailure(String workbook, String reason, SpotCheck parsed) {
        StringBuilder html = page("Pricing template import failed", workbook)
                .append("<p id=\"failure\" class=\"failed\">").append(escape(reason)).append("</p>\n")
                .append("<p>Nothing was imported; the database is unchanged.</p>\n");
        if (parsed != null) {
            sections(html, parsed);
        }
        return html.append("</body></html>\n").toString();
    }

    private static StringBuilder page(String heading, String workbook) {
        return page("Pricing spot check").append("<h1>").append(escape(heading)).append("</h1>\n<p>Workbook: <code>")
                .append(escape(workbook)).append("</code></p>\n");
    }

    private static void sections(StringBuilder html, SpotCheck check) {
        counts(html, "staged-rows", "Staged rows per stage table", "stage table", TextReport.counts(check.stagedRows()));
        if (check.imported()) {
            counts(html, "rows-written", "Rows written for contract " + check.contractCode(), "table",
                    TextReport.counts(check.rowsWritten()));
        } else {
            html.append("<p id=\"rows-written\">Nothing was imported.</p>\n");
        }
        findings(html, check.findings());
        for (Sample sample : check.samples()) {
            html.append("<h3>").append(escape(sample.table())).append("</h3>\n");
            table(html, "sample-" + sample.table(), sample.columns(), sample.rows(), false);
        }
    }

    /** The start of a page: everything up to and including the opening body tag. */
    static StringBuilder page(String title) {
        return new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(escape(title)).append("</title><style>").append(STYLE).append("</style></head><body>\n");
    }

    private static void counts(StringBuilder html, String id, String title, String first, List<List<String>> rows) {
        html.append("<h2>").append(escape(title)).append("</h2>\n");
        table(html, id, List.of(first, "rows"), rows, true);
    }

    private static void findings(StringBuilder html, List<Finding> findings) {
        html.append("<h2>Findings (").append(findings.size()).append(")</h2>\n");
        if (findings.isEmpty()) {
            html.append("<p id=\"findings\" class=\"none\">No duplicates, gaps or empty cells found.</p>\n");
            return;
        }
        table(html, "findings", List.of("sheet", "kind", "detail"),
                findings.stream().map(f -> List.of(f.sheet(), f.kind(), f.detail())).toList(), false);
    }

    /** A table; with {@code counts}, numbers are aligned right and a first cell "total" makes its row bold. */
    static void table(StringBuilder html, String id, List<String> header, List<List<String>> rows, boolean counts) {
        html.append("<table id=\"").append(escape(id)).append("\"><thead><tr>");
        header.forEach(h -> html.append("<th>").append(escape(h)).append("</th>"));
        html.append("</tr></thead><tbody>\n");
        for (List<String> row : rows) {
            boolean total = counts && row.get(0).equals("total");
            html.append(total ? "<tr class=\"total\">" : "<tr>");
            for (int c = 0; c < row.size(); c++) {
                html.append(counts && TextReport.isNumber(row.get(c)) ? "<td class=\"n\">" : "<td>").append(escape(row.get(c))).append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</tbody></table>\n");
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
