package org.milmove.cli.manifest;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "manifest",
        description = "Keep the manifest in step with migrations/app/schema and migrations/app/secure.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  bin/milmove manifest check     # in CI and pre-commit",
            "  bin/milmove manifest update"},
        subcommands = {ManifestUpdateCommand.class, ManifestCheckCommand.class})
public final class ManifestCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing command: update or check");
    }
}
