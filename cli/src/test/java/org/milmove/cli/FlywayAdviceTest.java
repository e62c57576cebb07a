package org.milmove.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/** Every piece of advice for Flyway's own command line in the Flyway on the classpath is said in milmove's terms. */
class FlywayAdviceTest {
    private static final List<String> FLYWAY_CLI = List.of("run repair", "-X option", "-ignoreMigrationPatterns",
            "baseline()", "-outOfOrder");
    /** The classes whose messages reach milmove's users: validation, migrate's checks and failing statements. */
    private static final List<String> SOURCES = List.of("org/flywaydb/core/internal/info/MigrationInfoImpl.class",
            "org/flywaydb/core/Flyway.class", "org/flywaydb/core/internal/sqlscript/FlywaySqlScriptException.class");

    @Test
    void flywaysAdviceIsRephrased() throws IOException {
        List<String> advice = SOURCES.stream().flatMap(FlywayAdviceTest::texts)
                .filter(text -> FLYWAY_CLI.stream().anyMatch(text::contains))
                .toList();

        assertThat(advice).as("Flyway's advice found in its classes").hasSizeGreaterThanOrEqualTo(7);
        for (String text : advice) {
            String rephrased = FlywayAdvice.rephrase(text);
            assertThat(FLYWAY_CLI).as(rephrased).noneMatch(rephrased::contains);
            assertThat(rephrased).as(text).containsAnyOf("bin/milmove", "milmove never prints statements");
        }
    }

    /** The printable runs of a class file: its string constants, each perhaps led by a byte of its length. */
    private static Stream<String> texts(String resource) {
        try (InputStream in = Flyway.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            Matcher printable = Pattern.compile("[ -~]{20,}").matcher(new String(in.readAllBytes(), StandardCharsets.ISO_8859_1));
            return printable.results().map(MatchResult::group).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
