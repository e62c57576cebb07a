package org.milmove.cli.review;

import java.util.regex.Pattern;

/**
 * How a statement runs in the review transaction. Flyway runs a migration outside a transaction when every statement
 * needs that (its list: PostgreSQLParser), so the review cannot run those as written.
 */
enum Execution {
    AS_WRITTEN,
    /**
     * CREATE or DROP INDEX CONCURRENTLY: run without CONCURRENTLY, so that later statements and the rules see the index;
     * the locks it takes here are not the ones it takes in production (SHARE UPDATE EXCLUSIVE, which blocks no writes).
     */
    WITHOUT_CONCURRENTLY,
    /** Has no transactional form (VACUUM, CREATE DATABASE, …): not run, only looked at. */
    NOT_RUN;

    private static final Pattern CONCURRENT_INDEX = Pattern.compile("(?is)^(CREATE|DROP)(\\s+UNIQUE)?\\s+INDEX\\s+CONCURRENTLY\\b.*");
    private static final Pattern CONCURRENTLY = Pattern.compile("(?i)\\s+CONCURRENTLY\\b");
    private static final Pattern NO_TRANSACTION = Pattern.compile("(?is)^((CREATE|DROP)\\s+(DATABASE|TABLESPACE|SUBSCRIPTION)"
            + "|ALTER\\s+SYSTEM|REINDEX(\\s+VERBOSE)?\\s+(SCHEMA|DATABASE|SYSTEM)|VACUUM|DISCARD\\s+ALL)\\b.*");

    static Execution of(SqlStatement statement) {
        if (CONCURRENT_INDEX.matcher(statement.sql()).matches()) {
            return WITHOUT_CONCURRENTLY;
        }
        return NO_TRANSACTION.matcher(statement.sql()).matches() ? NOT_RUN : AS_WRITTEN;
    }

    /** Whether Flyway must run the statement outside a transaction. */
    boolean outsideTransaction() {
        return this != AS_WRITTEN;
    }

    /** The SQL to run in the review transaction. */
    String sql(SqlStatement statement) {
        return this == WITHOUT_CONCURRENTLY ? CONCURRENTLY.matcher(statement.sql()).replaceFirst("") : statement.sql();
    }
}
