package org.milmove.pricing.dump;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

/** The comment and settings at the top of a dump, and the comment at its end. */
final class Header {
    private Header() {
    }

    static void write(CopyWriter w, DumpRequest request, String database, String engine, List<TableCount> tables)
            throws IOException {
        long rows = tables.stream().mapToLong(TableCount::rows).sum();
        int width = tables.stream().mapToInt(t -> t.table().sql().length()).max().orElse(0);
        w.line("--");
        w.comment("GHC pricing data for contract " + request.contractCode() + ": data only, "
                + tables.size() + " tables, " + rows + " rows.");
        w.comment("Source database: " + database);
        w.comment("Engine: " + engine);
        w.comment("Tables (" + request.selection().describe() + "), in load order, with row counts:");
        for (TableCount t : tables) {
            // The file is the same on every machine: no locale's digit grouping.
            w.comment(String.format(Locale.ROOT, "  %-" + width + "s %,12d", t.table().sql(), t.rows()));
        }
        w.comment("Each COPY block holds at most " + request.limits().maxRows() + " rows and "
                + request.limits().maxBytes() + " bytes, because Flyway holds one block in memory.");
        w.comment("Rows whose COPY text MilMove's migrator reads differently (a backslash, leading whitespace) follow");
        w.comment("their table's COPY blocks as INSERT statements with base64-encoded values.");
        w.line("--");
        w.line("");
        // As pg_dump does, so that the data is read the way it was written whatever the server's defaults.
        w.line("SET client_encoding = 'UTF8';");
        w.line("SET standard_conforming_strings = on;");
        w.line("");
    }

    static void writeEnd(CopyWriter w, List<TableCount> tables) throws IOException {
        w.comment("End of pricing data: " + tables.size() + " tables, "
                + tables.stream().mapToLong(TableCount::rows).sum() + " rows.");
    }

    static void tableComment(CopyWriter w, TableCount table) throws IOException {
        w.comment("Data for " + table.table().sql() + ": " + table.rows() + " rows");
    }

    /** Keeps a value on its comment line: a line break in a contract code must not start an SQL statement. */
    static String safe(String text) {
        StringBuilder b = new StringBuilder(text.length());
        text.codePoints().forEach(c -> b.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        return b.toString();
    }
}
