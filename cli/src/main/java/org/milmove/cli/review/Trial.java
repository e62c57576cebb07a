package org.milmove.cli.review;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Predicate;

/**
 * One migration run statement by statement in a transaction that was rolled back: the catalog before it, each
 * statement's run, the statement that failed (the runs stop there), and what could not be observed.
 */
record Trial(Catalog before, List<StatementRun> runs, Optional<Failure> failure, List<String> notes) {

    /** The statement that failed and the database's message (which may quote data). */
    record Failure(SqlStatement statement, String message) {
    }

    /** The catalog when the last statement that ran had run. */
    Catalog after() {
        return runs.isEmpty() ? before : runs.get(runs.size() - 1).after();
    }

    /** The catalog just before run {@code index}. */
    Catalog previous(int index) {
        return index == 0 ? before : runs.get(index - 1).after();
    }

    /** Whether {@code table} existed before the migration: the zero-downtime rules are about those. */
    boolean existed(long table) {
        return before.tables().containsKey(table);
    }

    /** The first statement after which {@code present} holds; for something the migration made, the one that made it. */
    StatementRun firstRun(Predicate<Catalog> present) {
        return runs.stream().filter(run -> present.test(run.after())).findFirst()
                .orElseThrow(() -> new IllegalStateException("not in the catalog after any statement"));
    }

    /** The first run after {@code index} that reads or writes table data, if any. */
    OptionalInt nextTouchingRows(int index) {
        for (int i = index + 1; i < runs.size(); i++) {
            if (runs.get(i).touchedRows()) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }
}
