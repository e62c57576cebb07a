package org.milmove.pricing.template;

import java.util.List;

/** The workbook's headers failed checks that count as errors; it lists every mismatch, warnings included. */
public final class HeaderCheckException extends TemplateException {
    private final List<HeaderMismatch> mismatches;
    private final boolean strict;

    HeaderCheckException(List<HeaderMismatch> mismatches, boolean strict) {
        super(summary(mismatches, strict) + listing(mismatches, strict));
        this.mismatches = List.copyOf(mismatches);
        this.strict = strict;
    }

    public List<HeaderMismatch> mismatches() {
        return mismatches;
    }

    /** "Header checks failed: 2 errors and 9 warnings", the first line of the message. */
    public String summary() {
        return summary(mismatches, strict);
    }

    /** One line per mismatch, each starting with a line break: level, sheet, cell, expected and found text. */
    public String listing() {
        return listing(mismatches, strict);
    }

    private static String summary(List<HeaderMismatch> mismatches, boolean strict) {
        long errors = mismatches.stream().filter(m -> m.isError(strict)).count();
        long warnings = mismatches.size() - errors;
        return "Header checks failed: " + count(errors, "error") + (warnings == 0 ? "" : " and " + count(warnings, "warning"));
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static String listing(List<HeaderMismatch> mismatches, boolean strict) {
        StringBuilder lines = new StringBuilder();
        for (HeaderMismatch m : mismatches) {
            lines.append(System.lineSeparator()).append(String.format("  %-7s  %s", m.isError(strict) ? "error" : "warning",
                    m.describe()));
        }
        return lines.toString();
    }
}
