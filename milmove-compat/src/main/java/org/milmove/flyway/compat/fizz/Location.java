package org.milmove.flyway.compat.fizz;

/** A line of a fizz file, for error messages. */
record Location(String source, int line) {

    FizzException error(String problem) {
        return new FizzException(source, line, problem);
    }
}
