package org.milmove.pricing.template;

/**
 * A header cell that does not hold what the template layout says.
 *
 * @param cell          the cell in A1 notation, such as {@code P12}
 * @param ranByOriginal whether the original tool runs this check: its mismatches are always errors, the others are
 *                      warnings unless headers are checked strictly
 */
public record HeaderMismatch(int sheet, String sheetName, String cell, String expected, String found,
        boolean ranByOriginal) {

    public boolean isError(boolean strict) {
        return ranByOriginal || strict;
    }

    /** "sheet 6 (2a) Domestic Linehaul Prices), cell P12: expected "4001+", found """. */
    public String describe() {
        return String.format("sheet %d (%s), %s", sheet, sheetName, describeCell());
    }

    /** "cell P12: expected "4001+", found """. */
    public String describeCell() {
        return String.format("cell %s: expected \"%s\", found \"%s\"", cell, expected, found);
    }
}
