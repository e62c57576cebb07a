package org.milmove.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import org.flywaydb.core.api.FlywayException;
import org.milmove.cli.output.OutputFormat;
import org.milmove.flyway.compat.fizz.FizzException;
import org.milmove.flyway.compat.pop.AdoptionException;
import org.milmove.flyway.manifest.ManifestException;
import org.milmove.flyway.resolver.MigrationPathException;
import org.milmove.pricing.importer.ImportException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns failures into one clear message on stderr and the documented exit code; stack traces only for bugs. A secure
 * migration's failure arrives here already redacted (MigrationRun, PricingVerifyCommand), so messages are printed as
 * they are. With --output json, stdout also gets the JSON document of the failure.
 */
final class ErrorHandler implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
        Failure failure = describe(e, commandLine.getErr());
        commandLine.getErr().println("milmove: " + failure.message());
        OutputFormat.of(commandLine.getCommandSpec()).filter(OutputFormat::json)
                .ifPresent(output -> output.failed(failure.message(), failure.exitCode()));
        return failure.exitCode();
    }

    private record Failure(String message, int exitCode) {
    }

    private static Failure describe(Exception e, PrintWriter err) {
        Throwable userMistake = find(e, UserException.class, ManifestException.class, MigrationPathException.class,
                FizzException.class, AdoptionException.class);
        if (userMistake != null) {
            return new Failure(userMistake.getMessage(), ExitCode.USAGE);
        }
        // Every file this tool reads or writes is one the user named or a folder they run it in: a file that cannot
        // be used (permissions, a folder instead of a file, a full disk) is theirs to fix, not a bug.
        Throwable file = find(e, UncheckedIOException.class);
        if (file != null || e instanceof IOException) {
            return new Failure(file != null ? FileFailure.describe((UncheckedIOException) file)
                    : FileFailure.describe((IOException) e), ExitCode.USAGE);
        }
        Throwable failed = find(e, ImportException.class, FlywayException.class);
        if (failed != null) {
            return new Failure(FlywayAdvice.rephrase(failed.getMessage()), ExitCode.FAILED);
        }
        if (e instanceof SQLException sql) {
            return new Failure("the database failed (SQL state " + sql.getSQLState() + "): " + sql.getMessage(),
                    ExitCode.FAILED);
        }
        e.printStackTrace(err);
        return new Failure("unexpected error; please report it with the trace above", ExitCode.FAILED);
    }

    @SafeVarargs
    private static Throwable find(Throwable e, Class<? extends Throwable>... types) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            for (Class<? extends Throwable> type : types) {
                if (type.isInstance(t)) {
                    return t;
                }
            }
        }
        return null;
    }
}
