package org.milmove.pricing.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.milmove.pricing.contracts.ContractDiff;
import org.milmove.pricing.contracts.ContractDiff.PriceChange;
import org.milmove.pricing.contracts.ContractDiff.TableChange;

/** The comparison of two contracts, as text for a terminal and as a self-contained HTML page. */
public final class DiffReport {
    private static final List<String> TABLE_HEADER = List.of("table", "from rows", "to rows", "added", "removed",
            "changed");
    private static final List<String> CHANGE_HEADER = List.of("table", "key", "from", "to", "change");

    private DiffReport() {
    }

    public static String text(ContractDiff.Result diff) {
        StringBuilder out = new StringBuilder(title(diff)).append("\n\nRows per price table\n");
        out.append(TextReport.table(TABLE_HEADER, tableRows(diff)));
        out.append('\n').append(changesTitle(diff)).append('\n');
        if (diff.largest().isEmpty()) {
            out.append("  none\n");
        } else {
            out.append(TextReport.table(CHANGE_HEADER, changeRows(diff)));
        }
        return out.toString();
    }

    public static String html(ContractDiff.Result diff) {
        StringBuilder html = HtmlReport.page(title(diff)).append("<h1>").append(HtmlReport.escape(title(diff)))
                .append("</h1>\n<h2>Rows per price table</h2>\n");
        HtmlReport.table(html, "tables", TABLE_HEADER, tableRows(diff), true);
        html.append("<h2>").append(HtmlReport.escape(changesTitle(diff))).append("</h2>\n");
        if (diff.largest().isEmpty()) {
            html.append("<p id=\"changes\" class=\"none\">No price changed.</p>\n");
        } else {
            HtmlReport.table(html, "changes", CHANGE_HEADER, changeRows(diff), true);
        }
        return html.append("</body></html>\n").toString();
    }

    private static String title(ContractDiff.Result diff) {
        return "Pricing changes from contract " + diff.from() + " to " + diff.to();
    }

    private static String changesTitle(ContractDiff.Result diff) {
        return "Largest relative price changes (" + diff.largest().size() + " of "
                + diff.tables().stream().mapToInt(TableChange::changed).sum() + ")";
    }

    private static List<List<String>> tableRows(ContractDiff.Result diff) {
        List<List<String>> rows = new ArrayList<>();
        for (TableChange t : diff.tables()) {
            rows.add(List.of(t.table(), number(t.fromRows()), number(t.toRows()), number(t.added()), number(t.removed()),
                    number(t.changed())));
        }
        return rows;
    }

    private static List<List<String>> changeRows(ContractDiff.Result diff) {
        List<List<String>> rows = new ArrayList<>();
        for (PriceChange p : diff.largest()) {
            rows.add(List.of(p.table(), p.key(), p.from().toPlainString(), p.to().toPlainString(), percent(p.relative())));
        }
        return rows;
    }

    // Reports are files and terminal text alike: the same on every machine, whatever its locale.
    private static String number(int n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    private static String percent(BigDecimal relative) {
        return relative == null ? "from 0"
                : String.format(Locale.ROOT, "%+.2f%%", relative.movePointRight(2).setScale(2, RoundingMode.HALF_UP));
    }
}
