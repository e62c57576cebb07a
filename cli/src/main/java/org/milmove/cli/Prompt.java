package org.milmove.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;

/** Yes/no questions answered on standard input, which need not be a terminal; no answer (end of input) is no. */
public final class Prompt {
    private final PrintWriter err;
    private BufferedReader in;

    public Prompt(PrintWriter err) {
        this.err = err;
    }

    public boolean yes(String question) {
        err.print(question + " (y/N) ");
        err.flush();
        String answer = readLine();
        if (answer == null || System.console() == null) {
            // A terminal echoes the answer and its newline; a pipe does not, so show it for the log.
            err.println(answer == null ? "" : answer.strip());
        }
        return answer != null && (answer.strip().equalsIgnoreCase("y") || answer.strip().equalsIgnoreCase("yes"));
    }

    private String readLine() {
        try {
            if (in == null) {
                in = new BufferedReader(new InputStreamReader(System.in, Charset.defaultCharset()));
            }
            return in.readLine();
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the answer from standard input", e);
        }
    }
}
