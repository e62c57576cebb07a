package org.milmove.pricing.dump;

/**
 * A table's content in short: its row count and a SHA-256 of its rows in COPY text form, in primary key order.
 * Two databases on the same server with equal digests hold the same rows.
 */
public record TableDigest(TableName table, long rows, String sha256) {
}
