package org.milmove.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import picocli.CommandLine;

/** What a milmove run printed and returned. */
public record CliResult(int exitCode, String out, String err) {

    /** Runs milmove in this JVM, capturing what the commands print (Flyway's log lines go to the console). */
    public static CliResult run(List<String> args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Milmove.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args.toArray(String[]::new));
        return new CliResult(code, out.toString(), err.toString());
    }

    public String all() {
        return out + err;
    }
}
