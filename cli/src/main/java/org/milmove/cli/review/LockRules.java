package org.milmove.cli.review;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * Zero-downtime rules on locks: constraints checked and indexes built on existing tables while writes wait,
 * CONCURRENTLY statements Flyway cannot run, and ACCESS EXCLUSIVE locks (as pg_locks shows them, whichever statement
 * or function took them) held while later statements read or write rows.
 */
final class LockRules {
    private static final String ACCESS_EXCLUSIVE = "AccessExclusiveLock";

    private LockRules() {
    }

    static List<Finding> check(List<SqlStatement> statements, Trial trial) {
        List<Finding> findings = new ArrayList<>();
        constraints(trial, findings);
        indexes(trial, findings);
        long transactional = statements.stream().filter(s -> !Execution.of(s).outsideTransaction()).count();
        if (transactional > 0) {
            statements.stream().filter(s -> Execution.of(s).outsideTransaction()).forEach(s -> findings.add(new Finding(
                    Rule.CONCURRENT_INDEX_NOT_ALONE, s.line(), "this statement cannot run in a transaction and the"
                            + " migration has " + transactional + " statement" + (transactional == 1 ? "" : "s")
                            + " that must: Flyway refuses to run it")));
        }
        heldLocks(trial, findings);
        return findings;
    }

    private static void constraints(Trial trial, List<Finding> findings) {
        for (Catalog.Constraint constraint : trial.after().constraints().values()) {
            if ((constraint.type() != 'f' && constraint.type() != 'c') || !constraint.validated()
                    || trial.before().constraints().containsKey(constraint.oid()) || !trial.existed(constraint.table())) {
                continue;
            }
            StatementRun run = trial.firstRun(catalog -> catalog.constraints().containsKey(constraint.oid()));
            String what = (constraint.type() == 'f' ? "foreign key " : "check constraint ") + constraint.name() + " on "
                    + trial.before().tables().get(constraint.table()).display();
            boolean validAtOnce = run.after().constraints().get(constraint.oid()).validated();
            findings.add(new Finding(Rule.CONSTRAINT_WITHOUT_NOT_VALID, run.line(), validAtOnce
                    ? what + " is added without NOT VALID: every existing row is checked while writes wait"
                    : what + " is added NOT VALID but validated in the same migration, inside its transaction:"
                            + " validate it in a later migration"));
        }
    }

    private static void indexes(Trial trial, List<Finding> findings) {
        for (Catalog.Index index : trial.after().indexes().values()) {
            Catalog.Table table = trial.before().tables().get(index.table());
            if (table == null || !table.hasStorage() || trial.before().indexes().containsKey(index.oid())) {
                continue;
            }
            StatementRun run = trial.firstRun(catalog -> catalog.indexes().containsKey(index.oid()));
            if (run.execution() != Execution.WITHOUT_CONCURRENTLY) {
                findings.add(new Finding(Rule.INDEX_WITHOUT_CONCURRENTLY, run.line(), "index " + index.name()
                        + " is built on " + table.display() + " while every write to it waits: CREATE INDEX CONCURRENTLY,"
                        + " alone in its own migration"));
            }
        }
    }

    private static void heldLocks(Trial trial, List<Finding> findings) {
        for (int i = 0; i < trial.runs().size(); i++) {
            StatementRun run = trial.runs().get(i);
            if (run.execution() != Execution.AS_WRITTEN) {
                continue;
            }
            OptionalInt later = trial.nextTouchingRows(i);
            if (later.isEmpty()) {
                continue;
            }
            int laterLine = trial.runs().get(later.getAsInt()).line();
            run.newLocks().stream()
                    .filter(lock -> lock.mode().equals(ACCESS_EXCLUSIVE))
                    .map(lock -> trial.before().tables().get(lock.relation()).display())
                    .sorted()
                    .forEach(table -> findings.add(new Finding(Rule.EXCLUSIVE_LOCK_HELD, run.line(), "this statement"
                            + " takes an ACCESS EXCLUSIVE lock on " + table + ", held until the migration commits,"
                            + " while the statement on line " + laterLine + " reads or writes rows: every query on "
                            + table + " waits meanwhile")));
        }
    }
}
