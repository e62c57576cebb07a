package org.milmove.cli.environments;

import java.util.ArrayList;
import java.util.List;
import org.milmove.cli.DeprecatedOption;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Which deployed environments a command works on: {@code --environment} (repeatable) out of the environments file. */
public final class TargetEnvironments {
    @Option(names = "--environment", paramLabel = "ENV",
            description = "Deployed environment to work on; repeat it, or separate names with spaces or commas"
                    + " [ENVIRONMENTS]; default: every environment in the environments file.")
    List<String> names = new ArrayList<>();
    private final List<String> deprecated = new ArrayList<>();

    @Mixin
    EnvironmentsFileOption file;
    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Option(names = "--environments", hidden = true)
    void deprecatedEnvironments(String given) {
        DeprecatedOption.warn(command, "--environments", "--environment");
        deprecated.add(given);
    }

    /** The chosen environments, in the order given; every one must be in the file. */
    public List<Environment> select() {
        List<String> given = new ArrayList<>(names);
        given.addAll(deprecated);
        return file.read().select(given.isEmpty() ? System.getenv("ENVIRONMENTS") : String.join(" ", given));
    }
}
