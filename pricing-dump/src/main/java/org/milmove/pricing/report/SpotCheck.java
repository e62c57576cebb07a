package org.milmove.pricing.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.milmove.pricing.template.StageTable;
import org.milmove.pricing.template.StagedTemplate;

/**
 * What a person checks after parsing (and importing) a pricing template: staged rows per stage table, rows
 * written per re_* table, duplicates and gaps found in the sheets, and a few sample rows per table.
 */
public record SpotCheck(String workbook, String contractCode, Map<String, Integer> stagedRows,
        Map<String, Integer> rowsWritten, List<Finding> findings, List<Sample> samples) {

    /** Something in the sheets that looks wrong but did not stop the run. */
    public record Finding(String sheet, String kind, String detail) {
    }

    /** The first rows of one re_* table for the new contract, as text. */
    public record Sample(String table, List<String> columns, List<List<String>> rows) {
    }

    /** Rows per stage table, in the original tool's order. */
    public static Map<String, Integer> stagedRows(StagedTemplate template) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (StageTable<?> table : template.tables()) {
            counts.put(table.stageName(), template.rows(table).size());
        }
        return counts;
    }

    public boolean imported() {
        return !rowsWritten.isEmpty();
    }
}
