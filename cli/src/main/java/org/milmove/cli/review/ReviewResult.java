package org.milmove.cli.review;

import java.util.List;

/**
 * What a review found.
 *
 * @param against what the migrations were applied to, for people
 * @param notes   what the review could not observe or did differently from Flyway, and why
 */
record ReviewResult(String against, List<ReviewedMigration> migrations, List<Reported> findings, List<String> notes) {

    long count(Severity severity) {
        return findings.stream().filter(f -> !f.ignored() && f.rule().severity() == severity).count();
    }

    long ignored() {
        return findings.stream().filter(Reported::ignored).count();
    }

    /** Exit 1 when an error that is not ignored remains. */
    boolean failed() {
        return count(Severity.ERROR) > 0;
    }
}
