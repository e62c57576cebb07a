package org.milmove.cli.review;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Zero-downtime rules on what each statement changed in tables that existed before the migration, seen by OID and
 * column number: renames and drops (whatever SQL did them: ALTER, a DO block, a function), rewrites (the table's
 * file node changed), new columns whose default rewrote the table, and SET NOT NULL.
 */
final class SchemaChangeRules {
    private static final String DEPRECATED = "deprecated_";

    private SchemaChangeRules() {
    }

    static List<Finding> check(Trial trial) {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < trial.runs().size(); i++) {
            Catalog previous = trial.previous(i);
            StatementRun run = trial.runs().get(i);
            for (Catalog.Table old : previous.tables().values()) {
                if (trial.existed(old.oid())) {
                    check(trial, previous, old, run, findings);
                }
            }
        }
        return findings;
    }

    private static void check(Trial trial, Catalog previous, Catalog.Table old, StatementRun run, List<Finding> findings) {
        Catalog.Table original = trial.before().tables().get(old.oid());
        Catalog.Table now = run.after().tables().get(old.oid());
        if (now == null) {
            if (!deprecated(original.name())) {
                findings.add(new Finding(Rule.DROP_TABLE_NOT_DEPRECATED, run.line(), "table " + original.display()
                        + " is dropped without having been renamed to " + DEPRECATED + original.name() + " first"));
            }
            return;
        }
        if (!now.display().equals(old.display()) && !deprecated(now.name())) {
            findings.add(new Finding(Rule.RENAME_TABLE, run.line(), "table " + old.display() + " is renamed to "
                    + now.display() + ": queries of the running release that name " + old.display() + " fail"));
        }
        List<String> typeChanges = new ArrayList<>();
        for (Catalog.Column column : old.columns().values()) {
            if (!original.columns().containsKey(column.number())) {
                continue;
            }
            Catalog.Column after = now.columns().get(column.number());
            String name = now.display() + "." + column.name();
            if (after == null) {
                String originalName = original.columns().get(column.number()).name();
                if (!deprecated(originalName)) {
                    findings.add(new Finding(Rule.DROP_COLUMN_NOT_DEPRECATED, run.line(), "column " + name
                            + " is dropped without having been renamed to " + DEPRECATED + originalName + " first"));
                }
            } else if (!after.name().equals(column.name())) {
                if (!deprecated(after.name())) {
                    findings.add(new Finding(Rule.RENAME_COLUMN, run.line(), "column " + name + " is renamed to "
                            + after.name() + ": queries of the running release that name " + column.name() + " fail"));
                }
            } else if (!column.notNull() && after.notNull() && !hasNotNullCheck(previous, old.oid(), column.name())) {
                findings.add(new Finding(Rule.SET_NOT_NULL_WITHOUT_CHECK, run.line(), "column " + name
                        + " is made NOT NULL without a validated CHECK (" + column.name() + " IS NOT NULL): the whole"
                        + " table is read under an ACCESS EXCLUSIVE lock"));
            }
            if (after != null && !after.type().equals(column.type())) {
                typeChanges.add(after.name() + " from " + column.type() + " to " + after.type());
            }
        }
        if (now.hasStorage() && now.fileNode() != old.fileNode()) {
            rewrite(old, now, run, typeChanges, findings);
        }
    }

    /** A rewrite is blamed on the new columns' defaults when there are any, otherwise on the table. */
    private static void rewrite(Catalog.Table old, Catalog.Table now, StatementRun run, List<String> typeChanges,
                                List<Finding> findings) {
        List<Catalog.Column> defaulted = now.columns().values().stream()
                .filter(column -> !old.columns().containsKey(column.number()) && column.defaultValue() != null)
                .toList();
        for (Catalog.Column column : defaulted) {
            findings.add(new Finding(Rule.VOLATILE_DEFAULT, run.line(), "column " + now.display() + "." + column.name()
                    + " is added with the volatile default " + column.defaultValue()
                    + ": PostgreSQL rewrote every row of " + now.display()));
        }
        if (defaulted.isEmpty()) {
            findings.add(new Finding(Rule.TABLE_REWRITE, run.line(), "PostgreSQL rewrote every row of " + now.display()
                    + (typeChanges.isEmpty() ? "" : " (column " + String.join(", column ", typeChanges) + ")")));
        }
    }

    /** PostgreSQL 12+ skips SET NOT NULL's scan when a validated CHECK (column IS NOT NULL) holds. */
    private static boolean hasNotNullCheck(Catalog catalog, long table, String column) {
        Pattern check = Pattern.compile("CHECK\\s*\\(+\\s*\"?" + Pattern.quote(column) + "\"?\\s+IS\\s+NOT\\s+NULL\\s*\\)+",
                Pattern.CASE_INSENSITIVE);
        return catalog.constraintsOf(table).stream()
                .anyMatch(c -> c.type() == 'c' && c.validated() && check.matcher(c.definition()).matches());
    }

    private static boolean deprecated(String name) {
        return name.startsWith(DEPRECATED);
    }
}
