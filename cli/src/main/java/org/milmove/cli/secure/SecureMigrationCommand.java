package org.milmove.cli.secure;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "secure-migration",
        description = "Secure migrations in the deployed environments' S3 buckets (see the environments file).",
        subcommands = {UploadCommand.class, DownloadCommand.class},
        footerHeading = "%nExamples:%n",
        footer = {
            "  bin/milmove secure-migration upload tmp/20250101000000_update_rates.up.sql",
            "  bin/milmove secure-migration download 20250101000000_update_rates.up.sql"})
public final class SecureMigrationCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing subcommand: upload or download");
    }
}
