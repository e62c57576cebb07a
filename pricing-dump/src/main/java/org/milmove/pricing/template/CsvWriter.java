package org.milmove.pricing.template;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** Writes staged rows as CSV exactly as the original tool's Go encoding/csv writer does; the CLI writes the files. */
public final class CsvWriter {
    private CsvWriter() {
    }

    public static void write(StageTable<?> table, List<? extends StagedRow> rows, Writer out) throws IOException {
        writeLine(table.columns(), out);
        for (StagedRow row : rows) {
            writeLine(row.fields(), out);
        }
    }

    private static void writeLine(List<String> fields, Writer out) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            writeField(fields.get(i), out);
        }
        out.write('\n');
    }

    private static void writeField(String field, Writer out) throws IOException {
        if (!needsQuotes(field)) {
            out.write(field);
            return;
        }
        out.write('"');
        out.write(field.replace("\"", "\"\""));
        out.write('"');
    }

    static boolean needsQuotes(String field) {
        if (field.isEmpty()) {
            return false;
        }
        if (field.equals("\\.") || field.indexOf(',') >= 0 || field.indexOf('"') >= 0
                || field.indexOf('\r') >= 0 || field.indexOf('\n') >= 0) {
            return true;
        }
        return isGoSpace(field.codePointAt(0));
    }

    /** Go's unicode.IsSpace. */
    private static boolean isGoSpace(int c) {
        return switch (c) {
            case '\t', '\n', 0x0B, '\f', '\r', ' ', 0x85, 0xA0 -> true;
            default -> c > 0xFF && Character.isSpaceChar(c) || c == 0x2028 || c == 0x2029;
        };
    }
}
