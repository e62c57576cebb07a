package org.milmove.cli.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.milmove.cli.CliResult;
import org.milmove.cli.MilmoveProcess;
import org.milmove.testsupport.TestDatabase;
import org.milmove.testsupport.WithPostgres;

/** review from the built jar, as CI runs it: stdout is the report alone, however much Flyway logs. */
@WithPostgres
class ReviewJarIT {
    @TempDir
    Path dir;

    @Test
    void theGitLabReportOnStdoutIsValidJsonAndTheLogGoesToStderr(TestDatabase db) throws Exception {
        db.emptyPublicSchema();
        ReviewProject project = ReviewProject.create(dir.resolve("project"), db);
        assertThat(project.run("migrate").exitCode()).isZero();
        project.listed("schema", "20250601120000_rename_note.up.sql", "ALTER TABLE orders RENAME COLUMN note TO remark;\n");

        CliResult result = new MilmoveProcess(dir, Map.of("DB_HOST", db.host(), "DB_PORT", String.valueOf(db.port()),
                "DB_NAME", db.name(), "DB_USER", db.user(), "DB_PASSWORD", db.password(), "CI", "true"))
                .run("review", "--format", "gitlab", "-m", project.files().manifest().toString(),
                        "--migration-path", project.files().migrationPath());

        assertThat(result.exitCode()).as(result.all()).isEqualTo(1);
        JsonNode issues = new ObjectMapper().readTree(result.out());
        assertThat(issues).hasSize(1);
        assertThat(issues.get(0).get("check_name").asText()).isEqualTo("rename-column");
        assertThat(result.err()).as("Flyway's INFO lines only with -v").doesNotContain("INFO ");
    }
}
