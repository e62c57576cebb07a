package org.milmove.cli.review;

import java.util.Arrays;
import java.util.Optional;

/** The rules a migration is reviewed against: MilMove's migration guide, then zero-downtime deployment. */
enum Rule {
    MISSING_TABLE_COMMENT("missing-table-comment", Severity.ERROR, "New table without a comment",
            "MilMove's migration guide asks for a comment on every table: the database is documented from its"
                    + " comments, and a reader of the schema has nothing else. Add COMMENT ON TABLE <table> IS"
                    + " '<what one row is>'; to the same migration."),
    MISSING_COLUMN_COMMENT("missing-column-comment", Severity.ERROR, "New column without a comment",
            "The guide asks for a comment on every column except id, created_at and updated_at: what it holds, its"
                    + " unit, where its values come from. Add COMMENT ON COLUMN <table>.<column> IS '…'; to the same"
                    + " migration."),
    RANDOM_UUID_IN_DATA("random-uuid-in-data", Severity.ERROR, "Random UUIDs written as data",
            "Rows a migration inserts must have the same ids in every environment, so that later migrations, tests"
                    + " and support scripts can refer to them; uuid_generate_v4() and gen_random_uuid() (called"
                    + " directly, in a DO block, in a function or by a column default) give every environment other"
                    + " ids. Write fixed UUIDs into the statement (generate them once, e.g. with uuidgen)."),
    TABLE_WITHOUT_PRIMARY_KEY("table-without-primary-key", Severity.ERROR, "New table without a primary key",
            "The guide asks for primary keys defined by hand: without one, rows cannot be updated or deleted one by"
                    + " one reliably, logical replication (blue/green upgrades, AWS DMS) cannot carry the table's"
                    + " updates, and the application's models expect an id. Add id uuid PRIMARY KEY or a PRIMARY KEY"
                    + " constraint."),
    FOREIGN_KEY_WITHOUT_INDEX("foreign-key-without-index", Severity.WARNING, "Foreign key without an index",
            "PostgreSQL does not index the referencing columns of a foreign key. Without an index, every delete or key"
                    + " change on the referenced table scans this table, and joins on the key scan it too. Create an"
                    + " index whose leading columns are the foreign key's columns, by hand, as the guide asks."),
    RENAME_COLUMN("rename-column", Severity.ERROR, "Column renamed",
            "While a deployment rolls out, the running release still queries the old name, and every such query"
                    + " fails once the migration commits. Rename in six deployed steps: add the new column; write both;"
                    + " backfill; read the new one; stop using the old one; rename it to deprecated_<name> and drop it"
                    + " in a later release. Renaming a column to deprecated_<name> is that last step and is allowed."),
    RENAME_TABLE("rename-table", Severity.ERROR, "Table renamed",
            "The running release still queries the old name, and every such query fails once the migration commits."
                    + " Create the new table and move to it in deployed steps (write both, backfill, read the new one),"
                    + " or keep the name; renaming a table to deprecated_<name> once nothing uses it is allowed."),
    DROP_COLUMN_NOT_DEPRECATED("drop-column-not-deprecated", Severity.ERROR, "Column dropped without being deprecated",
            "A release that still reads the column fails the moment it is dropped, and its data is gone for good."
                    + " First stop using it in code, then rename it to deprecated_<name> in a migration of its own"
                    + " (whatever still uses it fails loudly while the data is kept), and drop it in a later release."),
    DROP_TABLE_NOT_DEPRECATED("drop-table-not-deprecated", Severity.ERROR, "Table dropped without being deprecated",
            "A release that still uses the table fails the moment it is dropped, and its data is gone for good. First"
                    + " stop using it in code, then rename it to deprecated_<name> in a migration of its own, and drop"
                    + " it in a later release."),
    TABLE_REWRITE("table-rewrite", Severity.ERROR, "Existing table rewritten",
            "PostgreSQL rewrote every row of an existing table (a column type change that is not binary compatible,"
                    + " including one to a domain over another type), holding an ACCESS EXCLUSIVE lock: no query on"
                    + " the table runs until it is done, minutes on a large table. Add a column of the new type,"
                    + " backfill it in batches and move to it in deployed steps. Widening a varchar, or varchar to"
                    + " text, does not rewrite."),
    VOLATILE_DEFAULT("volatile-default", Severity.ERROR, "Volatile default on a new column of an existing table",
            "A column added to an existing table with a volatile default (clock_timestamp(), gen_random_uuid(),"
                    + " random()) is computed for every row: a full rewrite under an ACCESS EXCLUSIVE lock. A constant"
                    + " or now() is stored once and costs nothing. Add the column without the default, then SET"
                    + " DEFAULT in its own statement and backfill existing rows in batches."),
    SET_NOT_NULL_WITHOUT_CHECK("set-not-null-without-check", Severity.WARNING, "SET NOT NULL without a validated check",
            "SET NOT NULL on an existing column reads the whole table under an ACCESS EXCLUSIVE lock to look for"
                    + " NULLs. Add CHECK (<column> IS NOT NULL) NOT VALID, VALIDATE CONSTRAINT in a later migration"
                    + " (reads and writes go on), then SET NOT NULL, which uses the validated check instead of a scan,"
                    + " and drop the check."),
    CONSTRAINT_WITHOUT_NOT_VALID("constraint-without-not-valid", Severity.WARNING, "Constraint checked while it is added",
            "Adding a foreign key or check constraint to an existing table checks every row while holding a lock"
                    + " that blocks writes (for a foreign key, on both tables). Add it NOT VALID, so that only new rows"
                    + " are checked, and VALIDATE CONSTRAINT in a later migration, which lets reads and writes go on."),
    INDEX_WITHOUT_CONCURRENTLY("index-without-concurrently", Severity.WARNING, "Index built on an existing table without CONCURRENTLY",
            "CREATE INDEX blocks every write to the table until the index is built. CREATE INDEX CONCURRENTLY does"
                    + " not; it cannot run in a transaction, so put it alone in a migration of its own, which Flyway"
                    + " then runs outside a transaction. For a UNIQUE or PRIMARY KEY constraint, build the unique"
                    + " index concurrently, then ADD CONSTRAINT … USING INDEX."),
    CONCURRENT_INDEX_NOT_ALONE("concurrent-index-not-alone", Severity.ERROR, "CONCURRENTLY next to other statements",
            "Flyway runs a migration outside a transaction only when every statement in it needs that: a CREATE or"
                    + " DROP INDEX CONCURRENTLY next to other statements makes Flyway refuse the migration (mixed"
                    + " transactional and non-transactional statements). Move it into a migration of its own."),
    EXCLUSIVE_LOCK_HELD("exclusive-lock-held", Severity.WARNING, "ACCESS EXCLUSIVE lock held while rows are read or written",
            "A migration's locks are held until its transaction commits. An ACCESS EXCLUSIVE lock on an existing table"
                    + " (from ALTER TABLE, LOCK, or a function the migration calls) stops every query on that table"
                    + " for as long as the statements after it read or write rows. Take the lock last, or move the"
                    + " data work into a migration of its own."),
    MIGRATION_FAILS("migration-fails", Severity.ERROR, "Migration fails",
            "The migration fails against the database state it will be applied to: Flyway would roll it back and"
                    + " stop the deployment. The statements after the failing one were not reviewed.");

    private final String id;
    private final Severity severity;
    private final String title;
    private final String why;

    Rule(String id, Severity severity, String title, String why) {
        this.id = id;
        this.severity = severity;
        this.title = title;
        this.why = why;
    }

    String id() {
        return id;
    }

    Severity severity() {
        return severity;
    }

    /** One line, with nothing of the migration in it: what is reported for a secure migration. */
    String title() {
        return title;
    }

    /** Why the rule exists and what to do instead. */
    String why() {
        return why;
    }

    static Optional<Rule> byId(String id) {
        return Arrays.stream(values()).filter(rule -> rule.id.equals(id)).findFirst();
    }
}
