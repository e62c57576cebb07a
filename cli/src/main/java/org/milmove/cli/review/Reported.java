package org.milmove.cli.review;

/** A finding as reported: in which migration, and the reason it is ignored (null when it is not). */
record Reported(Finding finding, ReviewedMigration migration, String ignoredBecause) {

    Rule rule() {
        return finding.rule();
    }

    int line() {
        return finding.line();
    }

    boolean ignored() {
        return ignoredBecause != null;
    }

    /** What the review saw; for a secure migration only the rule's title, since the message names its contents. */
    String message() {
        return migration.secure() ? finding.rule().title() + " (details withheld: secure migration)" : finding.message();
    }
}
