package org.milmove.cli.review;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * MilMove's migration guide, checked on what the migration left in the catalog: comments on new tables and columns,
 * primary keys, indexes on foreign keys; and on what it did: random UUIDs written as data.
 */
final class GuideRules {
    /** Columns whose meaning every MilMove table shares; the guide does not ask to comment them. */
    private static final Set<String> SELF_EXPLANATORY = Set.of("id", "created_at", "updated_at");

    private GuideRules() {
    }

    static List<Finding> check(Trial trial) {
        List<Finding> findings = new ArrayList<>();
        Catalog end = trial.after();
        for (Catalog.Table table : end.tables().values()) {
            if (table.kind() == 'm') {
                continue;
            }
            boolean created = !trial.existed(table.oid());
            if (created) {
                int line = trial.firstRun(catalog -> catalog.tables().containsKey(table.oid())).line();
                if (blank(table.comment())) {
                    findings.add(new Finding(Rule.MISSING_TABLE_COMMENT, line, "table " + table.display()
                            + " has no comment: add COMMENT ON TABLE " + table.display() + " IS '…';"));
                }
                if (end.constraintsOf(table.oid()).stream().noneMatch(c -> c.type() == 'p')) {
                    findings.add(new Finding(Rule.TABLE_WITHOUT_PRIMARY_KEY, line, "table " + table.display()
                            + " has no primary key: add one, e.g. id uuid PRIMARY KEY"));
                }
            }
            for (Catalog.Column column : table.columns().values()) {
                boolean added = created || trial.before().column(table.oid(), column.number()).isEmpty();
                if (added && !SELF_EXPLANATORY.contains(column.name()) && blank(column.comment())) {
                    int line = trial.firstRun(catalog -> catalog.column(table.oid(), column.number()).isPresent()).line();
                    String name = table.display() + "." + column.name();
                    findings.add(new Finding(Rule.MISSING_COLUMN_COMMENT, line, "column " + name
                            + " has no comment: add COMMENT ON COLUMN " + name + " IS '…';"));
                }
            }
        }
        for (Catalog.Constraint key : end.constraints().values()) {
            if (key.type() == 'f' && !trial.before().constraints().containsKey(key.oid()) && !indexed(end, key)) {
                String table = end.table(key.table()).map(Catalog.Table::display).orElse("?");
                findings.add(new Finding(Rule.FOREIGN_KEY_WITHOUT_INDEX,
                        trial.firstRun(catalog -> catalog.constraints().containsKey(key.oid())).line(),
                        "foreign key " + key.name() + " on " + table + " (" + columnNames(end, key) + ") has no index"
                                + " starting with its columns: CREATE INDEX ON " + table + " (" + columnNames(end, key) + ");"));
            }
        }
        for (StatementRun run : trial.runs()) {
            if (run.uuidCalls() > 0 && run.rowsWritten() > 0) {
                findings.add(new Finding(Rule.RANDOM_UUID_IN_DATA, run.line(), "this statement generated "
                        + run.uuidCalls() + " random UUID" + (run.uuidCalls() == 1 ? "" : "s") + " while it wrote "
                        + run.rowsWritten() + " row" + (run.rowsWritten() == 1 ? "" : "s") + ": write fixed UUIDs instead"));
            }
        }
        return findings;
    }

    /** Whether an index on the key's table starts with the key's columns, in any order. */
    private static boolean indexed(Catalog catalog, Catalog.Constraint key) {
        Set<Integer> columns = new HashSet<>(key.columns());
        return catalog.indexesOf(key.table()).stream()
                .anyMatch(index -> index.columns().size() >= columns.size()
                        && new HashSet<>(index.columns().subList(0, columns.size())).equals(columns));
    }

    private static String columnNames(Catalog catalog, Catalog.Constraint key) {
        return String.join(", ", key.columns().stream()
                .map(number -> catalog.column(key.table(), number).map(Catalog.Column::name).orElse("?"))
                .toList());
    }

    private static boolean blank(String comment) {
        return comment == null || comment.isBlank();
    }
}
