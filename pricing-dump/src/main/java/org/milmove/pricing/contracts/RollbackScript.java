package org.milmove.pricing.contracts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A migration that deletes one contract's rows from every re_* table, children first, inside one DO block: it fails,
 * deleting nothing, when the contract is missing or a table holds another number of its rows than the header says.
 */
public final class RollbackScript {
    /** The first line of every rollback script; pricing verify knows such a file by it. */
    public static final String MARKER = "-- milmove pricing rollback of contract ";
    private static final Pattern FIRST_LINE = Pattern.compile(Pattern.quote(MARKER) + "(.+)");

    private RollbackScript() {
    }

    /** The script for {@code contract}, whose row counts are those to be found and deleted. */
    public static String render(Contract contract, List<ContractTables.Owned> childrenFirst) {
        String code = contract.code();
        String literal = "'" + code.replace("'", "''") + "'";
        List<String> lines = new ArrayList<>(List.of(MARKER + oneLine(code),
                "-- Deletes " + String.format(Locale.ROOT, "%,d", contract.totalRows()) + " rows of contract "
                        + oneLine(code) + ", children first:"));
        int width = childrenFirst.stream().mapToInt(t -> t.table().sql().length()).max().orElse(0);
        for (ContractTables.Owned t : childrenFirst) {
            lines.add(String.format(Locale.ROOT, "--   %-" + width + "s %,12d", t.table().sql(),
                    contract.rows().get(t.table().name())));
        }
        lines.add("-- It fails, deleting nothing, if the contract is missing or a count differs.");
        lines.add("DO $rollback$");
        lines.add("DECLARE");
        lines.add("    deleted bigint;");
        lines.add("BEGIN");
        lines.add("    IF NOT EXISTS (SELECT 1 FROM re_contracts WHERE code = " + literal + ") THEN");
        lines.add("        RAISE EXCEPTION 'Contract % is not in re_contracts; nothing was deleted', " + literal + ";");
        lines.add("    END IF;");
        for (ContractTables.Owned t : childrenFirst) {
            long expected = contract.rows().get(t.table().name());
            lines.add("    DELETE FROM " + t.table().sql() + " WHERE " + t.where(code) + ";");
            lines.add("    GET DIAGNOSTICS deleted = ROW_COUNT;");
            lines.add("    IF deleted <> " + expected + " THEN");
            lines.add("        RAISE EXCEPTION 'Contract % has % rows in " + t.table().sql().replace("'", "''")
                    + ", not " + expected + " as when this rollback was generated; nothing was deleted', " + literal
                    + ", deleted;");
            lines.add("    END IF;");
        }
        lines.add("END");
        lines.add("$rollback$;");
        return String.join("\n", lines) + "\n";
    }

    /** The contract a rollback script deletes, from its first line; empty for any other file. */
    public static Optional<String> contractOf(String firstLine) {
        Matcher m = FIRST_LINE.matcher(firstLine);
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\p{Cntrl}", "?");
    }
}
