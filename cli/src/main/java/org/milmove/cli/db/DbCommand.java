package org.milmove.cli.db;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "db",
        description = "Manage the embedded dev database (PostgreSQL 15, data in tmp/db/dev).",
        footerHeading = "%nExample:%n",
        footer = "  bin/milmove db reset",
        subcommands = DbCommand.Reset.class)
public final class DbCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing subcommand: reset");
    }

    @Command(name = "reset",
            description = "Delete the embedded dev database; the next command starts with an empty one.",
            footerHeading = "%nExample:%n",
            footer = "  bin/milmove db reset && bin/milmove migrate")
    static final class Reset implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            var directory = EmbeddedDevDatabase.DEFAULT_DIRECTORY;
            boolean deleted = EmbeddedDevDatabase.reset(directory);
            spec.commandLine().getOut().println(deleted
                    ? "Deleted the embedded dev database in " + directory + "; the next command starts with an empty one."
                    : "There is no embedded dev database in " + directory + "; nothing to delete.");
            return 0;
        }
    }
}
