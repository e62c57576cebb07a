package org.milmove.pricing.template;

import org.apache.poi.ss.util.CellReference;

/** Header checks of one sheet; the first mismatch throws with sheet, cell, expected and found text. */
final class Verifier {
    private final SheetData sheet;

    Verifier(SheetData sheet) {
        this.sheet = sheet;
    }

    void exact(int row, int col, String expected) {
        String found = sheet.cell(row, col);
        if (!found.equals(expected)) {
            fail(row, col, expected, found);
        }
    }

    /** Compares with every space, tab, CR, LF and form feed removed (Go's \s, which excludes \v). */
    void wsInsensitive(int row, int col, String expected) {
        String found = sheet.cell(row, col);
        if (!stripWhitespace(found).equals(stripWhitespace(expected))) {
            fail(row, col, expected, found);
        }
    }

    void integer(int row, int col, int expected) {
        String found = sheet.cell(row, col);
        Integer value = goInteger(found);
        if (value == null || value != expected) {
            fail(row, col, Integer.toString(expected), found);
        }
    }

    /** Plain integer, else a 32-bit float truncated; a float of exactly 0 is rejected as the original tool does. */
    static Integer goInteger(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException notPlain) {
            try {
                float f = Float.parseFloat(text);
                return f == 0f || Float.isNaN(f) ? null : (int) f;
            } catch (NumberFormatException notFloat) {
                return null;
            }
        }
    }

    static String stripWhitespace(String text) {
        return text.replaceAll("[ \\t\\n\\f\\r]", "");
    }

    private void fail(int row, int col, String expected, String found) {
        throw new TemplateException(String.format("Header check failed: %s, cell %s: expected \"%s\", found \"%s\"",
                sheet.describe(), new CellReference(row, col).formatAsString(false), expected, found));
    }
}
