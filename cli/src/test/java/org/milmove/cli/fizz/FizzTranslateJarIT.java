package org.milmove.cli.fizz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.milmove.cli.CliResult;
import org.milmove.cli.MilmoveProcess;

/** fizz translate from the built jar, as bin/milmove runs it. */
class FizzTranslateJarIT {
    private static final Path VECTORS = Path.of("..", "milmove-compat", "src", "test", "resources", "fizz-vectors")
            .toAbsolutePath().normalize();
    @TempDir
    Path dir;

    @Test
    void printsFizzsOutputByteForByte() throws Exception {
        CliResult result = new MilmoveProcess(dir, Map.of()).run("fizz", "translate",
                VECTORS.resolve("05_size_decimal.fizz").toString());

        assertThat(result.exitCode()).as(result.all()).isZero();
        assertThat(result.out().getBytes(StandardCharsets.UTF_8))
                .isEqualTo(Files.readAllBytes(VECTORS.resolve("05_size_decimal.sql")));
        assertThat(result.err()).isEmpty();
    }

    @Test
    void aFileOutsideTheSubsetExits2WithOneLine() throws Exception {
        Path bad = VECTORS.resolve("23_comment.fizz");

        CliResult result = new MilmoveProcess(dir, Map.of()).run("fizz", "translate", bad.toString(),
                "--output-dir", "out");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).startsWith("milmove: " + bad + " line 1: '#' comments are not supported")
                .hasLineCount(1).doesNotContain("\tat ");
        assertThat(dir.resolve("out")).doesNotExist();
    }
}
