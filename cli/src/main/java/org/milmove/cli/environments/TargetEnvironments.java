package org.milmove.cli.environments;

import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Which deployed environments a command works on: {@code --environments} out of the environments file. */
public final class TargetEnvironments {
    @Option(names = "--environments", paramLabel = "ENVS", defaultValue = "${env:ENVIRONMENTS}",
            description = "Environments to work on, separated by spaces or commas [ENVIRONMENTS];"
                    + " default: every environment in the environments file.")
    String names;

    @Mixin
    EnvironmentsFileOption file;

    /** The chosen environments, in the order given; every one must be in the file. */
    public List<Environment> select() {
        return file.read().select(names);
    }
}
