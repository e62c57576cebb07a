package org.milmove.cli.db;

import java.io.PrintWriter;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import org.milmove.cli.DeprecatedOption;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "db",
        description = {"Manage the local databases: PostgreSQL 15 from the CLI jar (which carries it for "
                + PostgresBundle.PLATFORMS + "), one server per environment.",
            "  dev       tmp/db/dev, database dev_db, port 5433 (commands without --db-host use it)",
            "  test      tmp/db/test, database test_db, port 5434",
            "  deployed  tmp/db/deployed, database deployed_migrations, port 5435",
            "'db adopt' takes over any database that MilMove's Go migrator migrated."},
        footerHeading = "%nExamples:%n",
        footer = {"  bin/milmove db start", "  bin/milmove db reset --local-db deployed", "  bin/milmove db status"},
        subcommands = {DbCommand.Start.class, DbCommand.Stop.class, DbCommand.Reset.class, DbCommand.Status.class})
public final class DbCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing subcommand: start, stop, reset, status or adopt");
    }

    /** The --local-db option of every db subcommand. */
    static final class EnvironmentOption {
        @Option(names = "--local-db", defaultValue = "dev", paramLabel = "<local-db>",
                description = "Which local database: dev, test or deployed (default: ${DEFAULT-VALUE}).")
        LocalEnvironment environment;
        @Spec(Spec.Target.MIXEE)
        CommandSpec command;

        /** Set apart: picocli gives --local-db its default after parsing, which would undo the old spelling's choice. */
        private LocalEnvironment deprecatedChoice;

        @Option(names = "--env", hidden = true)
        void deprecatedEnv(LocalEnvironment chosen) {
            DeprecatedOption.warn(command, "--env", "--local-db");
            deprecatedChoice = chosen;
        }

        LocalEnvironment environment() {
            return deprecatedChoice != null ? deprecatedChoice : environment;
        }

        boolean given() {
            return deprecatedChoice != null || command.commandLine().getParseResult().hasMatchedOption("--local-db");
        }

        LocalDatabase database() {
            return new LocalDatabase(environment().directory());
        }

        String described() {
            return "embedded " + environment() + " database";
        }
    }

    @Command(name = "start",
            description = "Start the server in the background; it keeps running until 'milmove db stop'. Commands"
                    + " without --db-host then use the running dev server instead of starting their own.",
            footerHeading = "%nExample:%n",
            footer = {"  bin/milmove db start && psql -h localhost -p 5433 -U postgres dev_db"})
    static final class Start implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        EnvironmentOption env;

        @Option(names = "--port", description = "Port to listen on (default: 5433 dev, 5434 test, 5435 deployed).")
        Integer port;

        @Override
        public Integer call() {
            LocalDatabase database = env.database();
            PrintWriter out = spec.commandLine().getOut();
            OptionalInt running = database.backgroundPort();
            if (running.isPresent()) {
                out.println("The " + env.described() + " is already running on port " + running.getAsInt()
                        + " (data in " + database.directory() + ").");
                printConnection(out, env.environment(), running.getAsInt());
                return 0;
            }
            int chosen = port == null ? env.environment().defaultPort() : port;
            database.startInBackground(chosen, env.environment().databaseName());
            out.println("Started the " + env.described() + " on port " + chosen + " (PostgreSQL "
                    + database.server().version(chosen) + ", data in " + database.directory() + "); 'milmove db stop --local-db "
                    + env.environment() + "' stops it.");
            printConnection(out, env.environment(), chosen);
            return 0;
        }
    }

    @Command(name = "stop",
            description = "Stop the server that 'milmove db start' started (a clean shutdown; the data is kept).",
            footerHeading = "%nExample:%n",
            footer = "  bin/milmove db stop --local-db test")
    static final class Stop implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        EnvironmentOption env;

        @Override
        public Integer call() {
            LocalDatabase database = env.database();
            boolean stopped = database.exists() && database.stop();
            spec.commandLine().getOut().println(stopped
                    ? "Stopped the " + env.described() + " (data kept in " + database.directory() + ")."
                    : "The " + env.described() + " is not running; nothing to stop.");
            return 0;
        }
    }

    @Command(name = "reset",
            description = {"Delete the database's data. A server that 'milmove db start' left running is started"
                    + " again, empty, on the same port; otherwise the next 'db start' (or, for dev, the next command)"
                    + " starts with an empty one."},
            footerHeading = "%nExample:%n",
            footer = "  bin/milmove db reset && bin/milmove migrate")
    static final class Reset implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        EnvironmentOption env;

        @Override
        public Integer call() {
            LocalDatabase database = env.database();
            PrintWriter out = spec.commandLine().getOut();
            if (!database.exists()) {
                out.println("There is no " + env.described() + " in " + database.directory() + "; nothing to delete.");
                return 0;
            }
            OptionalInt running = database.backgroundPort();
            database.delete();
            if (running.isPresent()) {
                database.startInBackground(running.getAsInt(), env.environment().databaseName());
                out.println("Deleted the " + env.described() + " in " + database.directory()
                        + " and started an empty one on port " + running.getAsInt() + ".");
                printConnection(out, env.environment(), running.getAsInt());
            } else {
                out.println("Deleted the " + env.described() + " in " + database.directory() + "; "
                        + (env.environment() == LocalEnvironment.DEV ? "the next command starts with an empty one."
                        : "'milmove db start --local-db " + env.environment() + "' starts an empty one."));
            }
            return 0;
        }
    }

    @Command(name = "status",
            description = "Show each local database (or the one --local-db names): whether its server runs and on which"
                    + " port, its data directory and size, and the schema version its database is at.",
            footerHeading = "%nExamples:%n",
            footer = {"  bin/milmove db status", "  bin/milmove db status --local-db test"})
    static final class Status implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        EnvironmentOption env;

        @Override
        public Integer call() {
            for (LocalEnvironment environment : env.given() ? List.of(env.environment()) : List.of(LocalEnvironment.values())) {
                spec.commandLine().getOut().printf("%-9s %s%n", environment, LocalStatus.of(environment));
            }
            return 0;
        }
    }

    private static void printConnection(PrintWriter out, LocalEnvironment environment, int port) {
        out.println("Connect with: DB_HOST=localhost DB_PORT=" + port + " DB_NAME=" + environment.databaseName()
                + " DB_USER=postgres");
        out.println("          or: psql -h localhost -p " + port + " -U postgres " + environment.databaseName());
    }
}
