package org.milmove.cli.review;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A migration under {@code src/test/resources/review/cases}, named {@code <rule-id>.triggers.sql} or
 * {@code <rule-id>.safe[-variant].sql}, that says what the review must find in it: a statement's first line ends with
 * {@code -- expect <rule-id>[, <rule-id>…]} for each finding on it. A file without such comments must have none.
 */
record ReviewFixture(String fileName, String sql) {
    private static final Pattern EXPECT = Pattern.compile("--\\s*expect\\s+(.+)$");

    /** The rule the fixture is named after. */
    String rule() {
        return fileName.substring(0, fileName.indexOf('.'));
    }

    boolean triggers() {
        return fileName.contains(".triggers");
    }

    /** Each expected finding as {@code <rule-id>@<line>}. */
    Set<String> expected() {
        Set<String> expected = new HashSet<>();
        List<String> lines = sql.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            Matcher expect = EXPECT.matcher(lines.get(i));
            if (expect.find()) {
                for (String rule : expect.group(1).split(",")) {
                    expected.add(rule.strip() + "@" + (i + 1));
                }
            }
        }
        return expected;
    }

    /** The migration's file name: a version after the setup's, the fixture's name in snake case. */
    String migrationName() {
        return "20250601120000_" + fileName.replace(".sql", "").replaceAll("[^A-Za-z0-9]", "_") + ".up.sql";
    }
}
