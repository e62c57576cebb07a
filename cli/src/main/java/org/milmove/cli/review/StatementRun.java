package org.milmove.cli.review;

import java.util.Set;

/**
 * One statement run in the review transaction and what it did: the catalog after it, the locks it added on tables
 * that existed before the migration, the table scans it made, the rows it wrote and the random UUIDs it generated.
 */
record StatementRun(SqlStatement statement, Execution execution, Catalog after, Set<Measure.Lock> newLocks,
                    long tableReads, long rowsWritten, long uuidCalls) {

    /** Whether it read or wrote table data, rather than only changing the catalog. */
    boolean touchedRows() {
        return tableReads > 0 || rowsWritten > 0;
    }

    int line() {
        return statement.line();
    }
}
