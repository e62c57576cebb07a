package org.milmove.pricing.dump;

/** How the data is read. Both engines write the same file format. */
public enum Engine {
    /** pg_dump when it is installed and not older than the server, otherwise jdbc. */
    AUTO,
    /** The pg_dump client, restricted to the selected tables; rows in the order pg_dump reads them. */
    PG_DUMP,
    /** COPY TO STDOUT through PgJDBC; no external program; rows in primary key order, so the bytes are reproducible. */
    JDBC
}
