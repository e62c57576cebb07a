package org.milmove.cli.review;

/** An error fails the review (exit 1); a warning is reported and left to the reviewer. */
enum Severity {
    ERROR, WARNING;

    String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
