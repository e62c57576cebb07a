package org.milmove.cli.review;

/** A rule a migration breaks, at the line where the statement starts, with what the review saw. */
record Finding(Rule rule, int line, String message) {
}
