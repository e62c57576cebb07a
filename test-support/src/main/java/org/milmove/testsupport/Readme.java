package org.milmove.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The repository's README.md, for tests that run its examples as written: the fenced code blocks themselves, so that
 * an example that drifts from the code fails a test.
 */
public final class Readme {
    private Readme() {
    }

    /** The contents of every fenced block of {@code language} ({@code ```java}, {@code ```toml}, …), in order. */
    public static List<String> blocks(String language) {
        List<String> blocks = new ArrayList<>();
        StringBuilder block = null;
        for (String line : text().split("\n", -1)) {
            if (block == null && line.equals("```" + language)) {
                block = new StringBuilder();
            } else if (block != null && line.equals("```")) {
                blocks.add(block.toString());
                block = null;
            } else if (block != null) {
                block.append(line).append('\n');
            }
        }
        return blocks;
    }

    /**
     * The lines of {@code sourceFile} between a line ending in {@code // README begin} and one ending in
     * {@code // README end}, without their common indentation: an example kept in a test, to compare with a block.
     */
    public static String marked(Path sourceFile) {
        List<String> lines;
        try {
            lines = Files.readAllLines(sourceFile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int begin = indexEndingWith(lines, "// README begin", 0);
        List<String> marked = lines.subList(begin + 1, indexEndingWith(lines, "// README end", begin));
        int indent = marked.stream().filter(l -> !l.isBlank())
                .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
        StringBuilder text = new StringBuilder();
        marked.forEach(line -> text.append(line.isBlank() ? "" : line.substring(indent)).append('\n'));
        return text.toString();
    }

    private static int indexEndingWith(List<String> lines, String end, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (lines.get(i).strip().endsWith(end)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no line ending in " + end);
    }

    private static String text() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path readme = dir.resolve("README.md");
            if (Files.isRegularFile(readme) && Files.isDirectory(dir.resolve("test-support"))) {
                try {
                    return Files.readString(readme);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        throw new IllegalStateException("README.md of the repository not found above " + Path.of("").toAbsolutePath());
    }
}
