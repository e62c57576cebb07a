package org.milmove.cli.fizz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.milmove.cli.CliResult;

class FizzTranslateCommandTest {
    private static final Path VECTORS = Path.of("..", "milmove-compat", "src", "test", "resources", "fizz-vectors")
            .toAbsolutePath().normalize();
    private static final String ISSUES_SQL = """
            CREATE TABLE "issues" (
            "id" UUID NOT NULL,
            PRIMARY KEY("id"),
            "body" text NOT NULL,
            "created_at" timestamp NOT NULL,
            "updated_at" timestamp NOT NULL
            );""";
    @TempDir
    Path dir;
    private Path issues;
    private Path comment;

    @BeforeEach
    void files() throws Exception {
        issues = Files.writeString(dir.resolve("20180103215841_create_issues.up.fizz"), """
                create_table("issues") {
                	t.Column("id", "uuid", {"primary": true})
                	t.Column("body", "text", {})
                	t.Timestamps()
                }
                """);
        comment = Files.writeString(dir.resolve("20180104000000_comment_issues.up.fizz"),
                "sql(\"COMMENT ON TABLE issues IS 'Übersicht – «issues»'\")\r\n", StandardCharsets.UTF_8);
    }

    @Test
    void oneFileIsPrintedToStdoutExactlyWithNoNewlineAdded() {
        CliResult result = run("fizz", "translate", issues.toString());

        assertThat(result.exitCode()).as(result.all()).isZero();
        assertThat(result.out()).isEqualTo(ISSUES_SQL);
        assertThat(result.err()).isEmpty();
    }

    @Test
    void vectorsArePrintedAsFizzWroteThem() throws Exception {
        for (String vector : List.of("05_size_decimal", "14_fk_named_in_table", "19_escape_quote", "59_crlf")) {
            CliResult result = run("fizz", "translate", VECTORS.resolve(vector + ".fizz").toString());

            assertThat(result.out()).as(vector).isEqualTo(Files.readString(VECTORS.resolve(vector + ".sql")));
        }
    }

    @Test
    void outputDirGetsOneSqlFilePerFileWrittenWholeAndOneLinePerFile() throws Exception {
        Path out = dir.resolve("out/nested");

        CliResult result = run("fizz", "translate", issues.toString(), comment.toString(), "--output-dir", out.toString());

        Path issuesSql = out.resolve("20180103215841_create_issues.sql");
        Path commentSql = out.resolve("20180104000000_comment_issues.sql");
        assertThat(result.exitCode()).as(result.all()).isZero();
        assertThat(result.out()).isEqualTo("Wrote " + issuesSql + " from " + issues + System.lineSeparator()
                + "Wrote " + commentSql + " from " + comment + System.lineSeparator());
        assertThat(Files.readAllBytes(issuesSql)).isEqualTo(ISSUES_SQL.getBytes(StandardCharsets.UTF_8));
        assertThat(Files.readAllBytes(commentSql))
                .isEqualTo("COMMENT ON TABLE issues IS 'Übersicht – «issues»';".getBytes(StandardCharsets.UTF_8));
        try (var written = Files.list(out)) {
            assertThat(written.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder(
                    "20180103215841_create_issues.sql", "20180104000000_comment_issues.sql");
        }

        Files.writeString(issues, "drop_table(\"issues\")");
        assertThat(run("fizz", "translate", issues.toString(), "--output-dir", out.toString()).exitCode()).isZero();
        assertThat(Files.readString(issuesSql)).isEqualTo("DROP TABLE \"issues\";");
    }

    @Test
    void severalFilesWithoutOutputDirAreAUsageError() {
        CliResult result = run("fizz", "translate", issues.toString(), comment.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).startsWith("milmove: 2 files given: pass --output-dir DIR to write one .sql file per FILE");
    }

    @Test
    void aFileThatCannotBeTranslatedIsOneLineExit2AndNothingIsWritten() throws Exception {
        Path bad = Files.writeString(dir.resolve("20180105000000_bad.up.fizz"), "drop_table(\"a\")\n\nexec(\"echo hi\")\n");
        Path out = dir.resolve("out");

        CliResult result = run("fizz", "translate", issues.toString(), bad.toString(), "--output-dir", out.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).startsWith("milmove: " + bad + " line 3: unknown fizz command 'exec'")
                .endsWith(System.lineSeparator()).hasLineCount(1).doesNotContain("\tat ");
        assertThat(out).doesNotExist();

        CliResult toStdout = run("fizz", "translate", bad.toString());
        assertThat(toStdout.exitCode()).isEqualTo(2);
        assertThat(toStdout.out()).isEmpty();
        assertThat(toStdout.err()).hasLineCount(1);
    }

    @Test
    void aMissingUnreadableOrNonUtf8FileIsAUsageError() throws Exception {
        Path missing = dir.resolve("20180106000000_missing.up.fizz");
        Path latin1 = Files.write(dir.resolve("20180107000000_latin1.up.fizz"),
                "sql(\"SELECT '\u00dc'\")".getBytes(StandardCharsets.ISO_8859_1));

        assertUsageError(run("fizz", "translate", missing.toString()), "milmove: Cannot read " + missing + ": no such file or directory");
        assertUsageError(run("fizz", "translate", dir.toString()), "milmove: Cannot read " + dir + ": it is a directory");
        assertUsageError(run("fizz", "translate", latin1.toString()), "milmove: " + latin1 + " is not UTF-8 text; save it as UTF-8");
    }

    @Test
    void twoFilesWithTheSameNameWouldOverwriteEachOtherSoTheyAreRefused() throws Exception {
        Path other = Files.createDirectories(dir.resolve("other")).resolve(issues.getFileName());
        Files.copy(issues, other);
        Path out = dir.resolve("out");

        CliResult result = run("fizz", "translate", issues.toString(), other.toString(), "--output-dir", out.toString());

        assertUsageError(result, "milmove: " + issues + " and " + other + " would both be written to "
                + out.resolve("20180103215841_create_issues.sql"));
        assertThat(out).doesNotExist();
    }

    @Test
    void anOutputDirThatIsAFileIsAUsageError() throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-dir"), "");

        assertUsageError(run("fizz", "translate", issues.toString(), "--output-dir", file.toString()),
                "milmove: Cannot create --output-dir " + file + ": a file of that name is in the way");
    }

    @Test
    void fizzAloneAsksForTheCommand() {
        CliResult result = run("fizz");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("Missing command: translate");
    }

    private static void assertUsageError(CliResult result, String message) {
        assertThat(result.exitCode()).as(result.all()).isEqualTo(2);
        assertThat(result.err()).startsWith(message).hasLineCount(1).doesNotContain("\tat ");
    }

    private static CliResult run(String... args) {
        return CliResult.run(List.of(args));
    }
}
