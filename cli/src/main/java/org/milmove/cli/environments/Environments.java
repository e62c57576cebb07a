package org.milmove.cli.environments;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.milmove.cli.Quoted;
import org.milmove.cli.UserException;
import org.milmove.flyway.resolver.MigrationLocation.S3Prefix;

/**
 * The deployed environments, read from the environments file: {@code <env>.secure-migrations=s3://bucket/prefix}
 * (required) and {@code <env>.region}, {@code <env>.endpoint}, {@code <env>.profile} (optional); {@code #} comments
 * and blank lines are ignored. A comment after a value is refused: it would silently become part of the value (an
 * upload to {@code s3://bucket/prefix   # required/<file>}). Environments keep the order of the file.
 */
public final class Environments {
    static final List<String> KEYS = List.of("secure-migrations", "region", "endpoint", "profile");
    private static final Pattern LINE = Pattern.compile("([a-z0-9][a-z0-9_-]*)\\.([a-z-]+)\\s*=\\s*(.*)");
    private static final Pattern BUCKET = Pattern.compile("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]");
    private static final Pattern INLINE_COMMENT = Pattern.compile("\\s#");

    private final String source;
    private final Map<String, Environment> byName;

    private Environments(String source, Map<String, Environment> byName) {
        this.source = source;
        this.byName = byName;
    }

    public static Environments read(Path file) {
        try {
            return parse(file.toString(), Files.readAllLines(file, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            throw new UserException("Environments file not found: " + file
                    + "; pass it with --environments-file (ENVIRONMENTS_FILE).");
        } catch (IOException e) {
            throw new UncheckedIOException("could not read environments file " + file, e);
        }
    }

    /** @throws UserException naming every bad line of {@code source} */
    static Environments parse(String source, List<String> lines) {
        var parser = new Parser();
        for (int i = 0; i < lines.size(); i++) {
            parser.line(i + 1, lines.get(i));
        }
        Map<String, Environment> environments = parser.finish();
        if (!parser.problems.isEmpty()) {
            throw new UserException("Environments file " + source + " has " + parser.problems.size() + " problem"
                    + (parser.problems.size() == 1 ? "" : "s") + ":\n  " + String.join("\n  ", parser.problems()));
        }
        if (environments.isEmpty()) {
            throw new UserException("Environments file " + source + " defines no environment; add lines such as"
                    + " stg.secure-migrations=s3://bucket/prefix");
        }
        return new Environments(source, environments);
    }

    public List<String> names() {
        return List.copyOf(byName.keySet());
    }

    /** @throws UserException listing the known environments when {@code name} is not one */
    public Environment get(String name) {
        return select(name).get(0);
    }

    /**
     * The environments named in {@code names} (separated by spaces or commas), in that order; every environment when
     * {@code names} is null or blank.
     *
     * @throws UserException naming the unknown ones and listing the known ones
     */
    public List<Environment> select(String names) {
        if (names == null || names.isBlank()) {
            return List.copyOf(byName.values());
        }
        Set<String> wanted = new LinkedHashSet<>(Arrays.asList(names.strip().split("[\\s,]+")));
        List<String> unknown = wanted.stream().filter(n -> !byName.containsKey(n)).toList();
        if (!unknown.isEmpty()) {
            throw new UserException("Unknown environment" + (unknown.size() == 1 ? " " : "s ") + String.join(", ", unknown)
                    + "; " + source + " defines " + String.join(", ", byName.keySet()) + ".");
        }
        return wanted.stream().map(byName::get).toList();
    }

    /** Collects the keys of each environment and every problem, each naming its line. */
    private static final class Parser {
        private final Map<String, Map<String, Value>> blocks = new LinkedHashMap<>();
        final List<Problem> problems = new ArrayList<>();

        private record Value(String text, int line) {
        }

        private record Problem(int line, String text) {
        }

        private void problem(int line, String text) {
            problems.add(new Problem(line, text));
        }

        /** By line, so that the message reads like the file. */
        List<String> problems() {
            return problems.stream().sorted(Comparator.comparingInt(Problem::line))
                    .map(p -> "line " + p.line + ": " + p.text).toList();
        }

        void line(int number, String raw) {
            String line = (number == 1 ? raw.replace("\uFEFF", "") : raw).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                return;
            }
            Matcher m = LINE.matcher(line);
            if (!m.matches()) {
                problem(number, "expected <environment>.<key>=<value>, for example"
                        + " stg.region=us-gov-west-1");
                return;
            }
            String env = m.group(1);
            String key = m.group(2);
            String value = m.group(3).strip();
            if (!KEYS.contains(key)) {
                problem(number, "unknown key " + env + "." + key + "; known keys: " + String.join(", ", KEYS));
                return;
            }
            Matcher comment = INLINE_COMMENT.matcher(value);
            if (comment.find()) {
                problem(number, env + "." + key + " has a comment after its value (" + Quoted.of(value) + "); put"
                        + " the comment on a line of its own, starting with #");
                // Checked without the comment, so that the line gets one problem, not two.
                value = value.substring(0, comment.start()).strip();
            }
            Value earlier = blocks.computeIfAbsent(env, e -> new LinkedHashMap<>()).putIfAbsent(key, new Value(value, number));
            if (earlier != null) {
                problem(number, env + "." + key + " is set twice (also on line " + earlier.line + ")");
            } else if (value.isEmpty()) {
                problem(number, env + "." + key + " has no value");
            }
        }

        Map<String, Environment> finish() {
            Map<String, Environment> environments = new LinkedHashMap<>();
            blocks.forEach((name, keys) -> {
                Value location = keys.get("secure-migrations");
                if (location == null) {
                    problem(keys.values().iterator().next().line, "environment " + name + " has no "
                            + name + ".secure-migrations=s3://bucket/prefix");
                    return;
                }
                S3Prefix prefix = s3(location);
                URI endpoint = endpoint(keys.get("endpoint"));
                if (prefix != null) {
                    environments.put(name, new Environment(name, prefix, text(keys.get("region")), endpoint,
                            text(keys.get("profile"))));
                }
            });
            return environments;
        }

        private S3Prefix s3(Value value) {
            String url = value.text;
            if (url.isEmpty()) {
                return null;
            }
            String rest = url.startsWith("s3://") ? url.substring("s3://".length()) : null;
            String bucket = rest == null ? "" : rest.split("/", 2)[0];
            if (rest == null || !BUCKET.matcher(bucket).matches()) {
                problem(value.line, Quoted.of(url) + " is not an s3://bucket/prefix URL"
                        + " (bucket names: 3 to 63 lower-case letters, digits, dots and hyphens)");
                return null;
            }
            String prefix = rest.length() == bucket.length() ? "" : rest.substring(bucket.length() + 1).replaceAll("^/+|/+$", "");
            return new S3Prefix(bucket, prefix);
        }

        private URI endpoint(Value value) {
            if (value == null || value.text.isEmpty()) {
                return null;
            }
            try {
                URI uri = new URI(value.text);
                if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
                    return uri;
                }
            } catch (URISyntaxException e) {
                // reported below
            }
            problem(value.line, "endpoint " + Quoted.of(value.text) + " is not an http:// or https:// URL");
            return null;
        }

        private static String text(Value value) {
            return value == null || value.text.isEmpty() ? null : value.text;
        }
    }
}
