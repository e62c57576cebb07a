package org.milmove.cli.review;

/**
 * One statement of a migration file: the line it starts on, its text without the closing {@code ;}, and for
 * {@code COPY … FROM stdin} the data lines that follow it (otherwise null).
 */
record SqlStatement(int line, String sql, String copyData) {

    boolean isCopy() {
        return copyData != null;
    }
}
