package org.milmove.cli;

import java.util.List;
import org.milmove.cli.db.DbCommand;
import org.milmove.cli.fizz.FizzCommand;
import org.milmove.cli.gen.GenCommand;
import org.milmove.cli.manifest.ManifestCommand;
import org.milmove.cli.migrate.AdoptCommand;
import org.milmove.cli.migrate.InfoCommand;
import org.milmove.cli.migrate.MigrateCommand;
import org.milmove.cli.migrate.RepairCommand;
import org.milmove.cli.migrate.ValidateCommand;
import org.milmove.cli.output.ConsoleLog;
import org.milmove.cli.output.OutputOptions;
import org.milmove.cli.pricing.PricingCommand;
import org.milmove.cli.review.ReviewCommand;
import org.milmove.cli.secure.SecureMigrationCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "milmove",
        scope = CommandLine.ScopeType.INHERIT,
        versionProvider = BuildVersion.class,
        description = "MilMove database migrations on Flyway: only the files listed in the manifest run.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success",
            "1:a migration, DDL file or pricing import failed (in a transaction: rolled back), validation or pricing"
                + " verify found a problem, a download was missing, an upload or a repair was declined; or a bug (with a stack trace)",
            "2:bad input or setup: options, manifest, environments file, migration path, unreadable or unwritable"
                + " files, S3, database connection"},
        footerHeading = "%nExamples:%n",
        footer = {
            "  bin/milmove migrate                # the embedded dev database",
            "  DB_HOST=db.example bin/milmove info",
            "  bin/milmove secure-migration upload tmp/20250101000000_update_rates.up.sql --environment exp,stg"})
public final class Milmove implements Runnable {
    /** The subcommands, in the order help lists them. */
    private static final List<Class<?>> COMMANDS = List.of(MigrateCommand.class, InfoCommand.class,
            ValidateCommand.class, RepairCommand.class, DbCommand.class, GenCommand.class, ManifestCommand.class,
            PricingCommand.class, SecureMigrationCommand.class, FizzCommand.class, ReviewCommand.class,
            CompletionCommand.class);

    @Spec
    CommandSpec spec;
    @Mixin
    OutputOptions output;

    // Not picocli's standard pair: MilMove's scripts use -V for the views manifest, and gen has a --version of its own.
    @Option(names = {"-h", "--help"}, usageHelp = true, scope = CommandLine.ScopeType.INHERIT,
            description = "Show this help message and exit.")
    boolean help;

    @Option(names = "--version", versionHelp = true, scope = CommandLine.ScopeType.LOCAL,
            description = "Print the version and git commit, and exit.")
    boolean version;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(),
                "Missing command: migrate, info, validate, repair, db, gen, manifest, pricing, secure-migration, fizz, review"
                        + " or completion");
    }

    public static void main(String[] args) {
        CommandLine milmove = commandLine(args.length > 0 ? args[0] : "");
        int exitCode = milmove.execute(args);
        // picocli's writers flush on println only; whatever a command print()ed must reach a pipe before the exit.
        milmove.getOut().flush();
        milmove.getErr().flush();
        System.exit(exitCode);
    }

    /** The configured command line with every subcommand; tests run it in-process. */
    public static CommandLine commandLine() {
        return commandLine("");
    }

    /**
     * The configured command line for arguments starting with {@code first}: only that subcommand if it names one
     * (picocli's model of every command and option is most of a short command's start-up), else all of them, for
     * help, --version and picocli's suggestions.
     */
    static CommandLine commandLine(String first) {
        CommandLine milmove = new CommandLine(new Milmove());
        // completion writes a script from every command's model.
        boolean named = !first.equals(name(CompletionCommand.class))
                && COMMANDS.stream().anyMatch(command -> name(command).equals(first));
        for (Class<?> command : COMMANDS) {
            if (!named || name(command).equals(first)) {
                milmove.addSubcommand(command);
            }
        }
        // db adopt works on migrations, not on a local server: its class lives with migrate, its name under db.
        if (milmove.getSubcommands().containsKey("db")) {
            milmove.getSubcommands().get("db").addSubcommand(new AdoptCommand());
        }
        milmove.addSubcommand(helpCommand());
        HelpLayout.apply(milmove, System.getenv());
        Milmove root = milmove.getCommand();
        return milmove
                .setExecutionStrategy(parsed -> {
                    // Loggers exist before the options are parsed; the level they print at is set here, once known.
                    ConsoleLog.verbosity(root.output.verbosity());
                    return new CommandLine.RunLast().execute(parsed);
                })
                .setExecutionExceptionHandler(new ErrorHandler())
                .setParameterExceptionHandler(new ParameterErrors())
                .setCaseInsensitiveEnumValuesAllowed(true);
    }

    /** picocli's {@code help COMMAND}, without its own -h/--help: the root's inherited pair stands in for it. */
    private static CommandLine helpCommand() {
        CommandSpec help = CommandSpec.forAnnotatedObject(new CommandLine.HelpCommand());
        help.remove(help.findOption("--help"));
        return new CommandLine(help);
    }

    private static String name(Class<?> command) {
        return command.getAnnotation(Command.class).name();
    }
}
