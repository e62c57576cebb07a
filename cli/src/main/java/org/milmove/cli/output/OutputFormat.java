package org.milmove.cli.output;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code --output text|json} on a command, and the one JSON document such a command prints on stdout: the envelope
 * (schemaVersion, command, exitCode, durationMs), the command's own fields as it adds them, and the error of a failed
 * run. The README's "JSON output" section documents the shape.
 */
public final class OutputFormat {
    /** Raised when a field is removed, renamed or changes type; added fields keep it. */
    public static final int SCHEMA_VERSION = 1;

    public enum Format {
        TEXT, JSON
    }

    @Option(names = "--output", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, or json: one JSON document on stdout (schemaVersion " + SCHEMA_VERSION
                    + ", see the README) and every message on stderr (default: ${DEFAULT-VALUE}).")
    Format format;

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    private final long started = System.nanoTime();
    private final Map<String, Object> fields = new LinkedHashMap<>();

    public boolean json() {
        return format == Format.JSON;
    }

    /** Switches to JSON, for a command that has its own older spelling of it (review --format json). */
    public void useJson() {
        format = Format.JSON;
    }

    /** Adds a field of the command's document; a failure later still prints what was added (what ran before it). */
    public OutputFormat put(String key, Object value) {
        fields.put(key, value);
        return this;
    }

    /** Prints the document of a run that ends with {@code exitCode} when the output is JSON; returns the code. */
    public int finish(int exitCode) {
        if (json()) {
            print(exitCode, null);
        }
        return exitCode;
    }

    /** Prints the document of a failed run: what was added so far, and the error with its exit code. */
    public void failed(String message, int exitCode) {
        print(exitCode, message);
    }

    /** The {@code --output} mixin of a command, when it has one. */
    public static Optional<OutputFormat> of(CommandSpec spec) {
        return spec.mixins().values().stream().map(CommandSpec::userObject)
                .filter(OutputFormat.class::isInstance).map(OutputFormat.class::cast).findFirst();
    }

    /** Whether {@code args} ask for JSON, for an error found before the option was parsed. */
    public static boolean requested(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i].toLowerCase(Locale.ROOT);
            if (arg.equals("--output=json") || arg.equals("--output") && i + 1 < args.length
                    && args[i + 1].equalsIgnoreCase("json")) {
                return true;
            }
        }
        return false;
    }

    private void print(int exitCode, String error) {
        Map<String, Object> document = Json.object("schemaVersion", SCHEMA_VERSION,
                "command", command.qualifiedName(" ").replaceFirst("^milmove ", ""), "exitCode", exitCode,
                "durationMs", (System.nanoTime() - started) / 1_000_000);
        document.putAll(fields);
        document.put("error", error == null ? null : Json.object("message", error, "exitCode", exitCode));
        PrintWriter out = command.commandLine().getOut();
        out.print(Json.write(document));
        out.flush();
    }
}
