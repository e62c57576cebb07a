package org.milmove.cli;

import java.io.PrintWriter;
import java.util.List;
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
        if (ex instanceof UnmatchedArgumentException unmatched) {
            List<String> suggestions = unmatched.getSuggestions();
            if (!suggestions.isEmpty()) {
                return "; did you mean " + suggestions.get(0) + "?";
            }
        }
        return "";
    }

    private static String sentence(String text) {
        return text.endsWith(".") || text.endsWith("?") ? text : text + ".";
    }
}
