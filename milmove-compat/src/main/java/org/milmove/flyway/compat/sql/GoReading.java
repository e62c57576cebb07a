package org.milmove.flyway.compat.sql;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * How MilMove's Go migrator reads a migration file that is not a raw one, line by line: Go's line scanner, its line
 * processing and its splitter. Says whether, and where, it stops reading before the end.
 */
final class GoReading {
    private final ExecLines lines = new ExecLines(false);
    private final GoSplitter splitter;
    private CutShort tooLong;

    /** See {@link GoSplitter#GoSplitter(Consumer, int)}. */
    GoReading(Consumer<String> statements, int statementLimit) {
        this.splitter = new GoSplitter(statements, statementLimit);
    }

    /** Reads the next line of the file; false once Go would read no further. */
    boolean accept(GoLine line) {
        if (line.tooLongForGo()) {
            tooLong = CutShort.tooLong(line);
            return false;
        }
        splitter.accept(lines.next(line.text()), line.number());
        return !splitter.gaveUp();
    }

    /** The end of the file, or of what Go reads of it: where Go stopped reading early, if it did. */
    Optional<CutShort> finish() {
        Optional<CutShort> split = splitter.close();
        if (split.isPresent() && tooLong != null) {
            CutShort dropped = split.get();
            return Optional.of(new CutShort(dropped.line(), dropped.reason() + " (Go reads the file only up to line "
                    + tooLong.line() + ": " + tooLong.reason() + ")"));
        }
        return split.or(() -> Optional.ofNullable(tooLong));
    }
}
