package org.milmove.cli.review;

import java.util.Locale;

/** An error fails the review (exit 1); a warning is reported and left to the reviewer. */
enum Severity {
    ERROR, WARNING;

    String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
