package org.milmove.pricing.dump;

/** A dumped table and how many rows the dump holds for it. */
public record TableCount(TableName table, long rows) {
}
