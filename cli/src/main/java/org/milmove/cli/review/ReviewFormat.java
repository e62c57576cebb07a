package org.milmove.cli.review;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.milmove.cli.ExitCode;
import org.milmove.cli.output.Json;
import org.milmove.cli.output.OutputFormat;

/**
 * How a review is printed: text for people; JSON (everything, ignored findings and notes included); GitLab's Code
 * Quality report (what MilMove's CI shows in merge requests; ignored findings left out); SARIF 2.1.0 (GitHub code
 * scanning and other tools; ignored findings carry an in-source suppression).
 */
enum ReviewFormat {
    TEXT {
        @Override
        void write(ReviewResult result, PrintWriter out, OutputFormat report) {
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
        void write(ReviewResult result, PrintWriter out, OutputFormat report) {
            report.put("against", result.against());
            report.put("migrations", result.migrations().stream().map(m -> (Object) Json.object(
                    "file", m.file(), "version", m.version(), "secure", m.secure())).toList());
            report.put("findings", result.findings().stream().map(f -> (Object) Json.object(
                    "rule", f.rule().id(), "severity", f.rule().severity().label(), "file", f.migration().file(),
                    "line", f.line(), "message", f.message(), "why", f.rule().why(), "ignored", f.ignoredBecause())).toList());
            report.put("notes", result.notes());
            report.put("errors", result.count(Severity.ERROR));
            report.put("warnings", result.count(Severity.WARNING));
            report.finish(result.failed() ? ExitCode.FAILED : ExitCode.OK);
        }
    },
    GITLAB {
        @Override
        void write(ReviewResult result, PrintWriter out, OutputFormat report) {
            List<Object> issues = new ArrayList<>();
            Map<String, Integer> repeats = new HashMap<>();
            for (Reported f : result.findings()) {
                if (f.ignored()) {
                    continue;
                }
                // Without the line, so that a finding keeps its identity when lines above it move.
                String identity = f.rule().id() + "\n" + f.migration().file() + "\n" + f.message();
                int repeat = repeats.merge(identity, 1, Integer::sum);
                issues.add(Json.object("description", f.rule().id() + ": " + f.message(), "check_name", f.rule().id(),
                        "fingerprint", sha256(identity + "\n" + repeat),
                        "severity", f.rule().severity() == Severity.ERROR ? "major" : "minor",
                        "location", Json.object("path", f.migration().file(), "lines", Json.object("begin", f.line()))));
            }
            out.print(Json.write(issues));
        }
    },
    SARIF {
        @Override
        void write(ReviewResult result, PrintWriter out, OutputFormat report) {
            List<Object> rules = new ArrayList<>();
            for (Rule rule : Rule.values()) {
                rules.add(Json.object("id", rule.id(), "shortDescription", Json.object("text", rule.title()),
                        "fullDescription", Json.object("text", rule.why()), "help", Json.object("text", rule.why()),
                        "defaultConfiguration", Json.object("level", level(rule))));
            }
            List<Object> results = new ArrayList<>();
            for (Reported f : result.findings()) {
                Map<String, Object> entry = Json.object("ruleId", f.rule().id(), "ruleIndex", f.rule().ordinal(),
                        "level", level(f.rule()), "message", Json.object("text", f.message()),
                        "locations", List.of(Json.object("physicalLocation", Json.object(
                                "artifactLocation", Json.object("uri", f.migration().file()),
                                "region", Json.object("startLine", f.line())))));
                if (f.ignored()) {
                    entry.put("suppressions", List.of(Json.object("kind", "inSource", "justification", f.ignoredBecause())));
                }
                results.add(entry);
            }
            Map<String, Object> driver = Json.object("name", "milmove review", "rules", rules);
            Map<String, Object> run = Json.object("tool", Json.object("driver", driver), "results", results);
            if (!result.notes().isEmpty()) {
                run.put("invocations", List.of(Json.object("executionSuccessful", true, "toolExecutionNotifications",
                        result.notes().stream().map(note -> (Object) Json.object("level", "note",
                                "message", Json.object("text", note))).toList())));
            }
            out.print(Json.write(Json.object("$schema", "https://json.schemastore.org/sarif-2.1.0.json", "version", "2.1.0",
                    "runs", List.of(run))));
        }
    };

    /** Prints the review; JSON goes through the CLI's one JSON document ({@code report}), as every --output json. */
    abstract void write(ReviewResult result, PrintWriter out, OutputFormat report);

    private static String level(Rule rule) {
        return rule.severity() == Severity.ERROR ? "error" : "warning";
    }

    private static String plural(long count) {
        return count == 1 ? "" : "s";
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
