package org.milmove.cli;

import java.io.PrintWriter;
import java.util.Comparator;
import org.milmove.cli.output.OutputFormat;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A bad option or argument in one line: picocli's report (the values it quotes cut to a readable length), the closest
 * valid option or command when there is one, and where the help is; never the whole help, which would bury the line.
 */
final class ParameterErrors implements IParameterExceptionHandler {
    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine command = ex.getCommandLine();
        String name = command.getCommandSpec().qualifiedName();
        String message = sentence(Quoted.cutWithin(ex.getMessage()) + closest(ex)) + " See '" + name + " --help'.";
        PrintWriter err = command.getErr();
        err.println(command.getColorScheme().errorText("milmove: " + message));
        err.flush();
        int exitCode = command.getCommandSpec().exitCodeOnInvalidInput();
        if (OutputFormat.requested(args)) {
            OutputFormat.of(command.getCommandSpec()).ifPresent(output -> output.failed(message, exitCode));
        }
        return exitCode;
    }

    private static String closest(ParameterException ex) {
        if (ex instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
            String typed = unmatched.getUnmatched().get(0).replaceFirst("=.*", "");
            // picocli's suggestions are similar ones in no particular order: the fewest edits away is the one meant.
            return unmatched.getSuggestions().stream()
                    .min(Comparator.comparingInt(candidate -> edits(typed, candidate)))
                    .map(closest -> "; did you mean " + closest + "?").orElse("");
        }
        return "";
    }

    /** Levenshtein distance: insertions, deletions and substitutions that turn {@code a} into {@code b}. */
    static int edits(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    private static String sentence(String text) {
        return text.endsWith(".") || text.endsWith("?") ? text : text + ".";
    }
}
