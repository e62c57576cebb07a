package org.milmove.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Help.Column;
import picocli.CommandLine.Help.TextTable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * Help that fits the terminal: as wide as COLUMNS or the terminal says (80 when neither is known), descriptions
 * wrapped as paragraphs at that width instead of at the line breaks of their source, and a command list whose
 * summaries are whole sentences.
 */
final class HelpLayout {
    static final int DEFAULT_WIDTH = 80;
    /** picocli refuses narrower help. */
    private static final int MIN_WIDTH = 55;

    private HelpLayout() {
    }

    /** Lays out the help of {@code root} and every command under it. */
    static void apply(CommandLine root, Map<String, String> environment) {
        Integer columns = columns(environment.get("COLUMNS"));
        String[] rootExamples = root.getCommandSpec().usageMessage().footer();
        for (CommandLine command : all(root)) {
            // scope INHERIT hands the root's examples to commands that have none: no examples beat wrong ones.
            if (command != root && Arrays.equals(command.getCommandSpec().usageMessage().footer(), rootExamples)) {
                command.getCommandSpec().usageMessage().footer(new String[0]).footerHeading("");
            }
            if (columns != null) {
                command.setUsageHelpWidth(columns);
            } else {
                command.setUsageHelpWidth(DEFAULT_WIDTH).setUsageHelpAutoWidth(true);
            }
            command.getCommandSpec().usageMessage().description(paragraphs(command.getCommandSpec().usageMessage().description()));
            command.getHelpSectionMap().put(UsageMessageSpec.SECTION_KEY_COMMAND_LIST, HelpLayout::commandList);
            command.getHelpSectionMap().put(UsageMessageSpec.SECTION_KEY_FOOTER, HelpLayout::footer);
        }
    }

    private static Integer columns(String value) {
        try {
            return value == null ? null : Math.max(MIN_WIDTH, Integer.parseInt(value.trim()));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** {@code command} and every command under it, each once. */
    static List<CommandLine> all(CommandLine command) {
        List<CommandLine> all = new ArrayList<>(List.of(command));
        command.getSubcommands().values().stream().distinct().forEach(sub -> all.addAll(all(sub)));
        return all;
    }

    /**
     * Lines of one sentence joined into one paragraph, so that picocli wraps it at the help's width; indented lines
     * (list items) and empty lines stay lines of their own.
     */
    static String[] paragraphs(String[] lines) {
        List<String> joined = new ArrayList<>();
        boolean open = false;
        for (String line : lines) {
            boolean own = line.isEmpty() || line.startsWith(" ");
            if (open && !own) {
                joined.set(joined.size() - 1, joined.get(joined.size() - 1) + " " + line);
            } else {
                joined.add(line);
            }
            open = !own;
        }
        return joined.toArray(String[]::new);
    }

    /** The first sentence of a command's description, whole: what the command list shows. */
    static String summary(CommandSpec spec) {
        String[] header = spec.usageMessage().header();
        String[] description = header.length > 0 ? header : spec.usageMessage().description();
        String first = description.length == 0 ? "" : description[0].strip();
        int end = sentenceEnd(first);
        String sentence = end < 0 ? first : first.substring(0, end + 1);
        return sentence.endsWith(":") ? sentence.substring(0, sentence.length() - 1) + "." : sentence;
    }

    private static int sentenceEnd(String text) {
        for (int i = text.indexOf(". "); i >= 0; i = text.indexOf(". ", i + 1)) {
            if (!text.startsWith("e.g", i - 3) && !text.startsWith("i.e", i - 3)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The examples, each a command line that stays runnable when it is wider than the help: continued on the next
     * line after a backslash, broken only between words outside quotes; a comment goes on the line above.
     */
    private static String footer(Help help) {
        int width = help.commandSpec().usageMessage().width();
        StringBuilder text = new StringBuilder();
        List<String> lines = new ArrayList<>();
        for (String line : help.commandSpec().usageMessage().footer()) {
            lines.addAll(commentFirst(String.format(line), width));
        }
        for (String rest : lines) {
            while (rest.length() > width && breakBefore(rest, width - 2) > 0) {
                int at = breakBefore(rest, width - 2);
                text.append(rest, 0, at).append(" \\").append(System.lineSeparator());
                rest = "      " + rest.substring(at + 1);
            }
            text.append(rest).append(System.lineSeparator());
        }
        return help.colorScheme().text(text.toString()).toString();
    }

    /** A comment after an example that would not fit, on a line of its own above it: a comment cannot continue. */
    private static List<String> commentFirst(String line, int width) {
        int comment = line.indexOf(" # ");
        if (line.length() <= width || comment < 0) {
            return List.of(line);
        }
        String indent = line.substring(0, line.length() - line.stripLeading().length());
        return List.of(indent + line.substring(comment + 1).strip(), line.substring(0, comment).stripTrailing());
    }

    /** The last space before {@code limit} that is outside single quotes and after the line's indent; 0 if none. */
    private static int breakBefore(String line, int limit) {
        int found = 0;
        boolean quoted = false;
        for (int i = 0; i < Math.min(limit, line.length()); i++) {
            char c = line.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            } else if (c == ' ' && !quoted && i > 6 && line.charAt(i - 1) != ' ') {
                found = i;
            }
        }
        return found;
    }

    private static String commandList(Help help) {
        Map<String, Help> commands = help.subcommands();
        if (commands.isEmpty()) {
            return "";
        }
        int names = commands.keySet().stream().mapToInt(String::length).max().orElse(0) + 2;
        int width = help.commandSpec().usageMessage().width();
        TextTable table = TextTable.forColumns(help.colorScheme(),
                new Column(names + 2, 2, Column.Overflow.SPAN), new Column(width - names - 2, 1, Column.Overflow.WRAP));
        commands.forEach((name, command) -> table.addRowValues(help.colorScheme().commandText(name),
                help.colorScheme().text(summary(command.commandSpec()))));
        return table.toString();
    }
}
