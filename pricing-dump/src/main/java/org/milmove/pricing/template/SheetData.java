package org.milmove.pricing.template;

import java.util.ArrayList;
import java.util.List;

/** The displayed text of one sheet's cells, as a sparse row list; only one sheet is held at a time. */
final class SheetData {
    private final int index;
    private final String name;
    private final List<String[]> rows = new ArrayList<>();
    private int maxRow;

    SheetData(int index, String name) {
        this.index = index;
        this.name = name;
    }

    int index() {
        return index;
    }

    String name() {
        return name;
    }

    /** Last row present in the sheet + 1, like the Go library's MaxRow: data loops stop there. */
    int maxRow() {
        return maxRow;
    }

    void rowPresent(int row) {
        maxRow = Math.max(maxRow, row + 1);
    }

    void put(int row, int col, String text) {
        rowPresent(row);
        while (rows.size() <= row) {
            rows.add(null);
        }
        String[] cells = rows.get(row);
        if (cells == null || cells.length <= col) {
            String[] grown = new String[Math.max(col + 1, cells == null ? 8 : cells.length * 2)];
            if (cells != null) {
                System.arraycopy(cells, 0, grown, 0, cells.length);
            }
            rows.set(row, grown);
            cells = grown;
        }
        cells[col] = text;
    }

    /** The cell's displayed text; "" for an empty or absent cell. */
    String cell(int row, int col) {
        if (row >= rows.size()) {
            return "";
        }
        String[] cells = rows.get(row);
        if (cells == null || col >= cells.length || cells[col] == null) {
            return "";
        }
        return cells[col];
    }

    String describe() {
        return "sheet " + index + " (" + name + ")";
    }
}
