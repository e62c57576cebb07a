package org.milmove.cli.output;

import java.io.PrintWriter;

/**
 * One line on stderr, rewritten with {@code \r} as long work advances (uploads, downloads, dumps, pricing imports,
 * migrations). Only on a terminal: in a pipe or a log it prints nothing, so output there stays one line per event;
 * nothing with -q either.
 */
public final class ProgressLine {
    private final PrintWriter err;
    private int shown;

    private ProgressLine(PrintWriter err) {
        this.err = err;
    }

    /** A progress line on {@code err}; one that prints nothing unless stdout and stdin are a terminal. */
    public static ProgressLine on(PrintWriter err) {
        return new ProgressLine(System.console() != null && ConsoleLog.verbosity() != Verbosity.QUIET ? err : null);
    }

    /** Replaces the line with {@code text}. */
    public void show(String text) {
        if (err == null) {
            return;
        }
        // Spaces over what is left of a longer line before.
        err.print("\r" + text + " ".repeat(Math.max(0, shown - text.length())));
        err.flush();
        shown = text.length();
    }

    /** Replaces the line with {@code text} and ends it: the next output starts on a line of its own. */
    public void done(String text) {
        show(text);
        if (err != null) {
            err.println();
            err.flush();
            shown = 0;
        }
    }

    /** Removes the line, for work whose result is printed on its own. */
    public void clear() {
        show("");
        if (err != null) {
            err.print("\r");
            err.flush();
        }
    }
}
