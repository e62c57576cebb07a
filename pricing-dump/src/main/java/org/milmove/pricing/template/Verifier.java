package org.milmove.pricing.template;

import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.util.CellReference;

/**
 * Header checks of one sheet. Every mismatch is recorded, none throws, so that one run lists them all. A check is
 * either one the original tool runs (its mismatch is an error) or one it never ran ({@link #added()}: a warning
 * unless headers are checked strictly).
 */
final class Verifier {
    private final SheetData sheet;
    private final boolean ranByOriginal;
    private final List<HeaderMismatch> mismatches;

    Verifier(SheetData sheet, List<HeaderMismatch> mismatches) {
        this(sheet, true, mismatches);
    }

    private Verifier(SheetData sheet, boolean ranByOriginal, List<HeaderMismatch> mismatches) {
        this.sheet = sheet;
        this.ranByOriginal = ranByOriginal;
        this.mismatches = mismatches;
    }

    /** The same sheet's checks that the original tool never ran. */
    Verifier added() {
        return new Verifier(sheet, false, mismatches);
    }

    /** Compares texts ignoring case and every space, tab, CR, LF and form feed (Go's \s, which excludes \v). */
    void text(int row, int col, String expected) {
        String found = sheet.cell(row, col);
        if (!normalize(found).equals(normalize(expected))) {
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

    /** An open-ended band's lower bound: the integer, or the integer followed by "+" as real templates write it. */
    void openBound(int row, int col, int expected) {
        String found = sheet.cell(row, col);
        Integer value = goInteger(found.endsWith("+") ? found.substring(0, found.length() - 1) : found);
        if (value == null || value != expected) {
            fail(row, col, expected + "+", found);
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

    static String normalize(String text) {
        return text.replaceAll("[ \\t\\n\\f\\r]", "").toLowerCase(Locale.ROOT);
    }

    private void fail(int row, int col, String expected, String found) {
        mismatches.add(new HeaderMismatch(sheet.index(), sheet.name(), new CellReference(row, col).formatAsString(false),
                expected, found, ranByOriginal));
    }
}
