package org.milmove.cli.gen;

/**
 * The statements of a generated secure migration: with the real values for production, and the same statements with
 * fake values for its stand-in, preceded by whatever fake rows those statements need to act on.
 */
record GeneratedSql(String production, String standIn) {
}
