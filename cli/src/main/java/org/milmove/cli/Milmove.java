package org.milmove.cli;

import org.milmove.cli.db.DbCommand;
import org.milmove.cli.fizz.FizzCommand;
import org.milmove.cli.gen.GenCommand;
import org.milmove.cli.manifest.ManifestCommand;
import org.milmove.cli.migrate.AdoptCommand;
import org.milmove.cli.migrate.InfoCommand;
import org.milmove.cli.migrate.MigrateCommand;
import org.milmove.cli.migrate.ValidateCommand;
import org.milmove.cli.pricing.PricingCommand;
import org.milmove.cli.review.ReviewCommand;
import org.milmove.cli.secure.SecureMigrationCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "milmove",
        mixinStandardHelpOptions = true,
        scope = CommandLine.ScopeType.INHERIT,
        versionProvider = Milmove.Version.class,
        description = "MilMove database migrations on Flyway: only the files listed in the manifest run.",
        subcommands = {MigrateCommand.class, InfoCommand.class, ValidateCommand.class, DbCommand.class,
            GenCommand.class, ManifestCommand.class, PricingCommand.class, SecureMigrationCommand.class, FizzCommand.class,
            ReviewCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success",
            "1:a migration, DDL file or pricing import failed (in a transaction: rolled back), validation or pricing"
                + " verify found a problem, a download was missing, an upload was declined; or a bug (with a stack trace)",
            "2:bad input or setup: options, manifest, environments file, migration path, unreadable or unwritable"
                + " files, S3, database connection"},
        footerHeading = "%nExamples:%n",
        footer = {
            "  bin/milmove migrate                # the embedded dev database",
            "  DB_HOST=db.example bin/milmove info",
            "  bin/milmove secure-migration upload tmp/20250101000000_update_rates.up.sql --environments 'exp stg'"})
public final class Milmove implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(),
                "Missing command: migrate, info, validate, db, gen, manifest, pricing, secure-migration, fizz or review");
    }

    public static void main(String[] args) {
        CommandLine milmove = commandLine();
        int exitCode = milmove.execute(args);
        // picocli's writers flush on println only; whatever a command print()ed must reach a pipe before the exit.
        milmove.getOut().flush();
        milmove.getErr().flush();
        System.exit(exitCode);
    }

    /** The configured command line; tests run it in-process. */
    public static CommandLine commandLine() {
        CommandLine milmove = new CommandLine(new Milmove());
        // db adopt works on migrations, not on a local server: its class lives with migrate, its name under db.
        milmove.getSubcommands().get("db").addSubcommand(new AdoptCommand());
        return milmove
                .setExecutionExceptionHandler(new ErrorHandler())
                .setParameterExceptionHandler(new ParameterErrors())
                .setCaseInsensitiveEnumValuesAllowed(true);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Milmove.class.getPackage().getImplementationVersion();
            return new String[] {"milmove " + (version == null ? "(development build)" : version)};
        }
    }
}
