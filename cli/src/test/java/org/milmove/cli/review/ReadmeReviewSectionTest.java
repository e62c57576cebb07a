package org.milmove.cli.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.milmove.cli.Milmove;

/** The README's "Reviewing a migration" section, read from README.md: its rule table and its commands. */
class ReadmeReviewSectionTest {

    @Test
    void theRuleTableListsEveryRuleWithItsSeverityInOrder() throws IOException {
        List<String> rows = section().lines().filter(line -> line.startsWith("| `")).toList();

        assertThat(rows.stream().map(row -> {
            String[] cells = row.split("\\|");
            return cells[1].strip().replace("`", "") + " " + cells[2].strip();
        }).toList()).isEqualTo(Arrays.stream(Rule.values()).map(rule -> rule.id() + " " + rule.severity().label()).toList());
    }

    @Test
    void theExampleCommandsParse() throws IOException {
        List<String> commands = section().lines().filter(line -> line.startsWith("bin/milmove review")).toList();

        assertThat(commands).hasSize(3);
        for (String command : commands) {
            String withoutComment = command.replaceAll("\\s+#.*$", "").replaceAll("\\s*>.*$", "");
            String[] args = withoutComment.substring("bin/milmove ".length()).split("\\s+");
            assertThat(Milmove.commandLine().parseArgs(args).subcommand().commandSpec().name()).isEqualTo("review");
        }
    }

    private static String section() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"));
        int start = readme.indexOf("## Reviewing a migration");
        assertThat(start).isNotNegative();
        return readme.substring(start, readme.indexOf("\n## ", start + 1));
    }
}
