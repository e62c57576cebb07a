package org.milmove.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** Every command's help at a width, in this JVM (HelpJarIT checks a few through the jar). */
class HelpLayoutTest {
    @ParameterizedTest
    @ValueSource(ints = {60, 80, 100})
    void everyCommandsHelpFitsTheWidth(int width) {
        CommandLine milmove = Milmove.commandLine();
        HelpLayout.apply(milmove, Map.of("COLUMNS", String.valueOf(width)));

        for (CommandLine command : HelpLayout.all(milmove)) {
            String help = command.getUsageMessage(CommandLine.Help.Ansi.OFF);
            assertThat(help.lines()).as(command.getCommandSpec().qualifiedName() + " at " + width)
                    .allSatisfy(line -> assertThat(fits(line, width)).as(line).isTrue());
        }
    }

    @Test
    void noCommandButTheRootShowsTheRootsExamples() {
        CommandLine milmove = Milmove.commandLine();
        String rootExamples = String.join("\n", milmove.getCommandSpec().usageMessage().footer());

        for (CommandLine command : HelpLayout.all(milmove)) {
            if (command != milmove) {
                assertThat(String.join("\n", command.getCommandSpec().usageMessage().footer()))
                        .as(command.getCommandSpec().qualifiedName()).isNotEqualTo(rootExamples);
            }
        }
    }

    @Test
    void aSummaryIsTheFirstSentenceWhole() {
        var spec = CommandLine.Model.CommandSpec.create();
        spec.usageMessage().description(HelpLayout.paragraphs(new String[] {
            "Create a secure migration, whose content", "must not be in the repository:", "  tmp/x.up.sql  the file;"}));
        assertThat(HelpLayout.summary(spec)).isEqualTo("Create a secure migration, whose content must not be in the"
                + " repository.");
        spec.usageMessage().description("Run it (e.g. in CI). Then more.");
        assertThat(HelpLayout.summary(spec)).isEqualTo("Run it (e.g. in CI).");
    }

    /** Within the width, or one word alone on its line (a path or URL longer than the help is never broken). */
    static boolean fits(String line, int width) {
        return line.length() <= width || !line.strip().contains(" ");
    }
}
