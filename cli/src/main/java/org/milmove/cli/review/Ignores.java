package org.milmove.cli.review;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.milmove.cli.UserException;

/**
 * Rules turned off, each with its reason: in a migration by a {@code -- review:ignore <rule-id> <reason>} comment
 * (for that file), or for the whole project by a line {@code <rule-id> <reason>} of the ignore file. A reason is
 * required, so that the next reader knows why.
 */
record Ignores(Map<Rule, String> reasons) {
    static final Ignores NONE = new Ignores(Map.of());

    private static final Pattern IN_FILE = Pattern.compile("--\\s*review:ignore\\b(.*)");
    private static final Pattern ENTRY = Pattern.compile("\\s*(\\S+)(?:\\s+(\\S.*?))?\\s*");

    /** The {@code review:ignore} comments of a migration's text. */
    static Ignores inMigration(String text, String file) {
        Map<Rule, String> reasons = new LinkedHashMap<>();
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            Matcher comment = IN_FILE.matcher(lines.get(i));
            if (comment.find()) {
                add(reasons, comment.group(1), file + ":" + (i + 1), "-- review:ignore <rule-id> <reason>");
            }
        }
        return new Ignores(Map.copyOf(reasons));
    }

    /** The project's ignore file: one {@code <rule-id> <reason>} a line, {@code #} comments and blank lines skipped. */
    static Ignores projectFile(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + file, e);
        }
        Map<Rule, String> reasons = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (!line.isEmpty() && !line.startsWith("#")) {
                add(reasons, line, file + ":" + (i + 1), "<rule-id> <reason>");
            }
        }
        return new Ignores(Map.copyOf(reasons));
    }

    Optional<String> reason(Rule rule) {
        return Optional.ofNullable(reasons.get(rule));
    }

    private static void add(Map<Rule, String> reasons, String entry, String where, String form) {
        Matcher parts = ENTRY.matcher(entry);
        if (!parts.matches()) {
            throw new UserException(where + ": name the rule and say why: " + form);
        }
        Rule rule = Rule.byId(parts.group(1)).orElseThrow(() -> new UserException(where + ": \"" + parts.group(1)
                + "\" is not a review rule; the rules are " + Arrays.stream(Rule.values()).map(Rule::id)
                .collect(Collectors.joining(", "))));
        if (parts.group(2) == null) {
            throw new UserException(where + ": " + rule.id() + " is turned off without a reason; write " + form);
        }
        reasons.put(rule, parts.group(2));
    }
}
