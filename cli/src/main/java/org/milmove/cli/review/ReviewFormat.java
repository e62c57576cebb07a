package org.milmove.cli.review;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * How a review is printed: text for people; JSON (everything, ignored findings and notes included); GitLab's Code
 * Quality report (what MilMove's CI shows in merge requests; ignored findings left out); SARIF 2.1.0 (GitHub code
 * scanning and other tools; ignored findings carry an in-source suppression).
 */
enum ReviewFormat {
    TEXT {
        @Override
        void write(ReviewResult result, PrintWriter out) {
            for (Reported f : result.findings()) {
                out.printf("%s:%d: %s [%s] %s%s%n", f.migration().file(), f.line(),
                        f.ignored() ? "ignored" : f.rule().severity().label(), f.rule().id(), f.message(),
                        f.ignored() ? " (ignored: " + f.ignoredBecause() + ")" : "");
            }
            Set<Rule> seen = new TreeSet<>();
            result.findings().stream().filter(f -> !f.ignored()).forEach(f -> seen.add(f.rule()));
            if (!seen.isEmpty()) {
                out.println();
                out.println("Why, and what to do instead:");
                seen.forEach(rule -> out.printf("  %s: %s%n", rule.id(), rule.why()));
            }
            result.notes().forEach(note -> out.println("note: " + note));
            int reviewed = result.migrations().size();
            out.printf("Reviewed %d migration%s against %s: %d error%s, %d warning%s%s.%n", reviewed, reviewed == 1 ? "" : "s",
                    result.against(), result.count(Severity.ERROR), plural(result.count(Severity.ERROR)),
                    result.count(Severity.WARNING), plural(result.count(Severity.WARNING)),
                    result.ignored() == 0 ? "" : ", " + result.ignored() + " ignored");
        }
    },
    JSON {
        @Override
        void write(ReviewResult result, PrintWriter out) {
            Map<String, Object> report = new LinkedHashMap<>();
            report.put("against", result.against());
            report.put("migrations", result.migrations().stream().map(m -> (Object) ordered(
                    "file", m.file(), "version", m.version(), "secure", m.secure())).toList());
            report.put("findings", result.findings().stream().map(f -> (Object) ordered(
                    "rule", f.rule().id(), "severity", f.rule().severity().label(), "file", f.migration().file(),
                    "line", f.line(), "message", f.message(), "why", f.rule().why(), "ignored", f.ignoredBecause())).toList());
            report.put("notes", result.notes());
            report.put("errors", result.count(Severity.ERROR));
            report.put("warnings", result.count(Severity.WARNING));
            out.print(Json.write(report));
        }
    },
    GITLAB {
        @Override
        void write(ReviewResult result, PrintWriter out) {
            List<Object> issues = new ArrayList<>();
            Map<String, Integer> repeats = new HashMap<>();
            for (Reported f : result.findings()) {
                if (f.ignored()) {
                    continue;
                }
                // Without the line, so that a finding keeps its identity when lines above it move.
                String identity = f.rule().id() + "\n" + f.migration().file() + "\n" + f.message();
                int repeat = repeats.merge(identity, 1, Integer::sum);
                issues.add(ordered("description", f.rule().id() + ": " + f.message(), "check_name", f.rule().id(),
                        "fingerprint", sha256(identity + "\n" + repeat),
                        "severity", f.rule().severity() == Severity.ERROR ? "major" : "minor",
                        "location", ordered("path", f.migration().file(), "lines", ordered("begin", f.line()))));
            }
            out.print(Json.write(issues));
        }
    },
    SARIF {
        @Override
        void write(ReviewResult result, PrintWriter out) {
            List<Object> rules = new ArrayList<>();
            for (Rule rule : Rule.values()) {
                rules.add(ordered("id", rule.id(), "shortDescription", ordered("text", rule.title()),
                        "fullDescription", ordered("text", rule.why()), "help", ordered("text", rule.why()),
                        "defaultConfiguration", ordered("level", level(rule))));
            }
            List<Object> results = new ArrayList<>();
            for (Reported f : result.findings()) {
                Map<String, Object> entry = ordered("ruleId", f.rule().id(), "ruleIndex", f.rule().ordinal(),
                        "level", level(f.rule()), "message", ordered("text", f.message()),
                        "locations", List.of(ordered("physicalLocation", ordered(
                                "artifactLocation", ordered("uri", f.migration().file()),
                                "region", ordered("startLine", f.line())))));
                if (f.ignored()) {
                    entry.put("suppressions", List.of(ordered("kind", "inSource", "justification", f.ignoredBecause())));
                }
                results.add(entry);
            }
            Map<String, Object> driver = ordered("name", "milmove review", "rules", rules);
            Map<String, Object> run = ordered("tool", ordered("driver", driver), "results", results);
            if (!result.notes().isEmpty()) {
                run.put("invocations", List.of(ordered("executionSuccessful", true, "toolExecutionNotifications",
                        result.notes().stream().map(note -> (Object) ordered("level", "note",
                                "message", ordered("text", note))).toList())));
            }
            out.print(Json.write(ordered("$schema", "https://json.schemastore.org/sarif-2.1.0.json", "version", "2.1.0",
                    "runs", List.of(run))));
        }
    };

    abstract void write(ReviewResult result, PrintWriter out);

    private static String level(Rule rule) {
        return rule.severity() == Severity.ERROR ? "error" : "warning";
    }

    private static String plural(long count) {
        return count == 1 ? "" : "s";
    }

    /** A JSON object from key, value, key, value…, in that order. */
    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
