package org.milmove.pricing.template;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What parsing the workbook produced: the staged rows per stage table, and the tab names of the sheets read. */
public final class StagedTemplate {
    private final Map<StageTable<?>, List<? extends StagedRow>> rows = new LinkedHashMap<>();
    private final Map<Integer, String> sheetNames = new TreeMap<>();
    private List<HeaderMismatch> headerWarnings = List.of();

    void headerWarnings(List<HeaderMismatch> warnings) {
        headerWarnings = List.copyOf(warnings);
    }

    /** Header mismatches of checks the original tool never ran: reported, but they did not stop the run. */
    public List<HeaderMismatch> headerWarnings() {
        return headerWarnings;
    }

    void addSheet(int index, String name) {
        sheetNames.put(index, name);
    }

    <R extends StagedRow> void put(StageTable<R> table, List<R> staged) {
        rows.put(table, List.copyOf(staged));
    }

    /** The staged rows of a table, or an empty list when its sheet was not parsed. */
    @SuppressWarnings("unchecked")
    public <R extends StagedRow> List<R> rows(StageTable<R> table) {
        return (List<R>) rows.getOrDefault(table, List.of());
    }

    public boolean has(StageTable<?> table) {
        return rows.containsKey(table);
    }

    /** The tables that were staged, in the original tool's order. */
    public List<StageTable<?>> tables() {
        List<StageTable<?>> staged = new ArrayList<>(StageTable.ALL);
        staged.retainAll(rows.keySet());
        return staged;
    }

    public Map<Integer, String> sheetNames() {
        return Collections.unmodifiableMap(sheetNames);
    }

    /** "sheet 4 (1b) Service Areas)", for messages. */
    public String describeSheet(int index) {
        String name = sheetNames.get(index);
        return "sheet " + index + (name == null ? "" : " (" + name + ")");
    }

    public int totalRows() {
        return rows.values().stream().mapToInt(List::size).sum();
    }
}
