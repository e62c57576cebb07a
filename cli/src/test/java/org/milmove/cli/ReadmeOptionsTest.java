package org.milmove.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The README's option tables are written from the commands' {@code @Option}s, the source of their help: this test
 * fails when the two differ. {@code -Dreadme.update=true} rewrites the README's generated blocks instead.
 */
class ReadmeOptionsTest {
    private static final Path README = Path.of("..", "README.md");
    private static final Pattern ENV_DEFAULT = Pattern.compile("\\$\\{env:\\w+(?::-(.*))?}");
    static final String REGENERATE = "mvn -o -q -pl cli -am test -Dtest=ReadmeOptionsTest"
            + " -Dsurefire.failIfNoSpecifiedTests=false -Dreadme.update=true";

    @Test
    void theOptionTablesAreTheCommandsOptions() throws IOException {
        CommandLine milmove = Milmove.commandLine();
        CommandSpec migrate = milmove.getSubcommands().get("migrate").getCommandSpec();
        Set<String> described = new HashSet<>();
        String readme = Files.readString(README);
        String generated = replace(replace(readme, "migrate options", table(migrate.options(), described)),
                "command options", reference(milmove.getCommandSpec(), names(migrate.options()), described));

        if (Boolean.getBoolean("readme.update")) {
            Files.writeString(README, generated);
            readme = generated;
        }
        assertThat(readme).as("README.md's option tables differ from the commands' options; regenerate them: " + REGENERATE)
                .isEqualTo(generated);
    }

    /** Every command that takes options of its own, with a table of those the README has not described yet. */
    private static String reference(CommandSpec command, List<String> migrate, Set<String> described) {
        StringBuilder out = new StringBuilder();
        List<OptionSpec> options = visible(command.options());
        if (!options.isEmpty()) {
            List<String> names = names(options);
            out.append("**`").append(command.qualifiedName()).append("`**: ");
            if (names.containsAll(migrate)) {
                names.removeAll(migrate);
                names.add(0, "the options of `migrate`");
            }
            out.append(String.join(", ", names)).append("\n\n");
            String table = table(options, described);
            out.append(table.isEmpty() ? "" : table + "\n");
        }
        command.subcommands().values().forEach(sub -> out.append(reference(sub.getCommandSpec(), migrate, described)));
        return out.toString();
    }

    private static List<String> names(List<OptionSpec> options) {
        return visible(options).stream().map(ReadmeOptionsTest::names).collect(Collectors.toCollection(ArrayList::new));
    }

    /** A row per option whose names and help are not in {@code described} yet; empty when there is none. */
    private static String table(List<OptionSpec> options, Set<String> described) {
        List<String> rows = new ArrayList<>();
        for (OptionSpec option : visible(options)) {
            String row = "| " + names(option) + " | " + help(option).replace("|", "\\|") + " |";
            if (described.add(row)) {
                rows.add(row);
            }
        }
        return rows.isEmpty() ? "" : "| option | what (the variable in brackets sets it too) |\n|---|---|\n"
                + String.join("\n", rows) + "\n";
    }

    private static List<OptionSpec> visible(List<OptionSpec> options) {
        return options.stream().filter(o -> !o.hidden() && !o.usageHelp())
                .sorted((a, b) -> a.longestName().replace("-", "").compareToIgnoreCase(b.longestName().replace("-", "")))
                .toList();
    }

    private static String names(OptionSpec option) {
        return List.of(option.names()).stream()
                .map(name -> "`" + (option.negatable() ? name.replaceFirst("^--", "--[no-]") : name) + "`")
                .collect(Collectors.joining(", "));
    }

    /** The help text as --help prints it, with the default the annotation names, whatever this shell's variables. */
    private static String help(OptionSpec option) {
        String raw = option.defaultValueString(); // never resolved against this JVM's environment
        String defaultValue = raw;
        Matcher env = raw == null ? null : ENV_DEFAULT.matcher(raw);
        if (env != null && env.matches()) {
            defaultValue = env.group(1) == null ? "" : env.group(1);
        }
        return String.join(" ", option.toBuilder().description()).replace("${DEFAULT-VALUE}", String.valueOf(defaultValue));
    }

    /** {@code readme} with the block between the two markers named {@code name} holding {@code content}. */
    private static String replace(String readme, String name, String content) {
        String begin = "<!-- " + name + ": generated from the commands' options by ReadmeOptionsTest -->\n";
        String end = "<!-- end of " + name + " -->";
        int from = readme.indexOf(begin);
        int to = readme.indexOf(end);
        assertThat(from).as("README.md has no line " + begin.strip()).isNotNegative();
        assertThat(to).as("README.md has no line " + end).isGreaterThan(from);
        return readme.substring(0, from + begin.length()) + content + readme.substring(to);
    }
}
