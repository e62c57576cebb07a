package org.milmove.pricing.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.milmove.pricing.fixture.GoldenCsv;
import org.milmove.pricing.fixture.TemplateFixture;

class TemplateParserGoldenTest {
    @TempDir
    static Path dir;
    static StagedTemplate staged;

    @BeforeAll
    static void parseTheGeneratedWorkbook() {
        Path file = TemplateFixture.fromGoldens().write(dir.resolve("template.xlsx"));
        try (PricingWorkbook workbook = PricingWorkbook.open(file)) {
            staged = TemplateParser.parse(workbook, TemplateParser.ALL_SHEETS, TemplateParser.Progress.NONE);
        }
    }

    static Stream<StageTable<?>> tables() {
        return StageTable.ALL.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tables")
    void stagedRowsWrittenAsCsvEqualTheGoldenFileByteForByte(StageTable<?> table) throws Exception {
        StringWriter csv = new StringWriter();
        CsvWriter.write(table, staged.rows(table), csv);

        assertThat(csv.toString().getBytes(StandardCharsets.UTF_8)).isEqualTo(GoldenCsv.bytes(table.csvBaseName()));
    }

    @Test
    void stagesAllRowsOfTheReferenceWorkbook() {
        assertThat(staged.tables()).hasSize(18);
        assertThat(staged.totalRows()).isEqualTo(38_331);
    }
}
