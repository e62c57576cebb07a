package org.milmove.pricing.dump;

/** Told how far a dump is, now and then while a table is read and once when it is done. */
@FunctionalInterface
public interface DumpProgress {
    DumpProgress NONE = (table, rowsDone, rowsTotal) -> { };

    void rows(TableName table, long rowsDone, long rowsTotal);
}
