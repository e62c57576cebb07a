package org.milmove.pricing.dump;

import java.util.List;

/**
 * What a dump wrote.
 *
 * @param engine    the engine that ran (never AUTO)
 * @param tables    the tables in the order the file loads them, with their row counts
 * @param bytes     the size of the output
 * @param copyBlocks how many COPY blocks the output has
 * @param insertRows how many of the rows are INSERT statements rather than COPY data
 */
public record DumpResult(Engine engine, String engineVersion, List<TableCount> tables, long bytes, int copyBlocks,
        long insertRows) {

    public long totalRows() {
        return tables.stream().mapToLong(TableCount::rows).sum();
    }
}
