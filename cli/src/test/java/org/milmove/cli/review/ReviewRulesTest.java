package org.milmove.cli.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.milmove.cli.CliResult;
import org.milmove.testsupport.TestDatabase;
import org.milmove.testsupport.WithPostgres;

/**
 * Every rule against a real PostgreSQL: each fixture under {@code review/cases} is reviewed as the one pending
 * migration of a project whose dev database holds {@code review/setup.sql} (existing tables with rows), and must give
 * exactly the findings its {@code -- expect} comments name, and leave the dev database as it was.
 */
@WithPostgres
class ReviewRulesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    private static Path dir;
    private static TestDatabase db;
    private static List<String> devState;

    @BeforeAll
    static void migrateTheDevDatabase(TestDatabase database) throws Exception {
        db = database;
        db.emptyPublicSchema();
        CliResult migrated = ReviewProject.create(dir.resolve("setup"), db).run("migrate");
        assertThat(migrated.exitCode()).as(migrated.all()).isZero();
        devState = DevDatabaseState.of(db);
    }

    static Stream<ReviewFixture> fixtures() throws IOException {
        try (Stream<Path> files = Files.list(ReviewProject.RESOURCES.resolve("cases"))) {
            List<ReviewFixture> fixtures = new ArrayList<>();
            for (Path file : files.sorted().toList()) {
                fixtures.add(new ReviewFixture(file.getFileName().toString(), Files.readString(file)));
            }
            return fixtures.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void findsExactlyWhatTheFixtureExpects(ReviewFixture fixture) throws Exception {
        CliResult result = ReviewProject.create(dir.resolve(fixture.fileName()), db)
                .listed("schema", fixture.migrationName(), fixture.sql())
                .run("review", "--format", "json");

        JsonNode report = JSON.readTree(result.out());
        Set<String> found = new HashSet<>();
        for (JsonNode finding : report.get("findings")) {
            assertThat(finding.get("file").asText()).endsWith(fixture.migrationName());
            found.add(finding.get("rule").asText() + "@" + finding.get("line").asInt());
        }
        assertThat(found).as(result.all()).isEqualTo(fixture.expected());
        boolean errors = fixture.expected().stream()
                .anyMatch(f -> Rule.byId(f.substring(0, f.indexOf('@'))).orElseThrow().severity() == Severity.ERROR);
        assertThat(result.exitCode()).as(result.all()).isEqualTo(errors ? 1 : 0);
        assertThat(DevDatabaseState.of(db)).isEqualTo(devState);
    }

    @Test
    void everyRuleHasAFixtureThatTriggersItAndASafeOne() throws IOException {
        List<ReviewFixture> fixtures = fixtures().toList();
        for (Rule rule : Rule.values()) {
            assertThat(fixtures).as(rule.id()).anySatisfy(f -> {
                assertThat(f.rule()).isEqualTo(rule.id());
                assertThat(f.triggers()).isTrue();
                assertThat(f.expected()).anyMatch(e -> e.startsWith(rule.id() + "@"));
            });
            assertThat(fixtures).as(rule.id()).anySatisfy(f -> {
                assertThat(f.rule()).isEqualTo(rule.id());
                assertThat(f.triggers()).isFalse();
            });
        }
    }
}
