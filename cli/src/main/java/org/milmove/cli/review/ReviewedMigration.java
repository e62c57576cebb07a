package org.milmove.cli.review;

/**
 * A migration that was reviewed: where it was read from, its version, and whether it is secure (a file under a
 * {@code secure} folder or from S3), in which case nothing of its text or data is reported.
 */
record ReviewedMigration(String file, String version, boolean secure) {
}
