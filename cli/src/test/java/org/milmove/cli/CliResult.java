package org.milmove.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.milmove.testsupport.TestDatabase;
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

    /** Runs milmove in this JVM against {@code db}, without retrying its connection. */
    public static CliResult run(TestDatabase db, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--db-host", db.host(), "--db-port", String.valueOf(db.port()), "--db-name", db.name(),
                "--db-user", db.user(), "--db-password", db.password(), "--db-retry-max", "0"));
        return run(all);
    }

    public String all() {
        return out + err;
    }
}
