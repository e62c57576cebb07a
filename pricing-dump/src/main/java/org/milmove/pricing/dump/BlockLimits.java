package org.milmove.pricing.dump;

/**
 * Upper bounds of one {@code COPY ... FROM stdin} block. Flyway holds a whole block in memory while applying it,
 * so a big table is written as several blocks. A single row larger than {@code maxBytes} still gets a block of its own.
 */
public record BlockLimits(long maxBytes, long maxRows) {
    public static final BlockLimits DEFAULT = new BlockLimits(8L * 1024 * 1024, 100_000);

    public BlockLimits {
        if (maxBytes < 1 || maxRows < 1) {
            throw new IllegalArgumentException("block limits must be positive: " + maxBytes + " bytes, " + maxRows + " rows");
        }
    }
}
