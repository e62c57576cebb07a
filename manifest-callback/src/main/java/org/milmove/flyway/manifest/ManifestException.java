package org.milmove.flyway.manifest;

import java.util.List;
import org.flywaydb.core.api.FlywayException;

/**
 * The manifest cannot be used as it is: malformed or duplicate lines, or listed files that cannot run.
 * The message names every problem, not just the first, and says what to do.
 */
public class ManifestException extends FlywayException {
    private final List<String> problems;

    ManifestException(String summary, List<String> problems, String advice) {
        super(summary + System.lineSeparator() + "  " + String.join(System.lineSeparator() + "  ", problems)
                + System.lineSeparator() + advice);
        this.problems = List.copyOf(problems);
    }

    /** One line per problem, each naming the file and, where there is one, the manifest line. */
    public List<String> problems() {
        return problems;
    }
}
