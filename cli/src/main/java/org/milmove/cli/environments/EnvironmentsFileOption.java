package org.milmove.cli.environments;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --environments-file} option, for the commands that work on deployed environments. */
public final class EnvironmentsFileOption {
    @Option(names = "--environments-file",
            defaultValue = "${env:ENVIRONMENTS_FILE:-config/environments.properties}",
            description = "The deployed environments and their secure-migrations S3 locations [ENVIRONMENTS_FILE]"
                    + " (default: ${DEFAULT-VALUE}).")
    Path file;

    public Environments read() {
        return Environments.read(file);
    }
}
