package org.milmove.pricing.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.milmove.pricing.fixture.GoldenCsv;
import org.milmove.pricing.fixture.TemplateFixture;

/**
 * A workbook saved as Excel saves it, every text cell an index into the shared strings table, which the reader builds
 * once per index however many cells refer to it: it stages every table exactly as the goldens say.
 */
class SharedStringsWorkbookTest {
    @TempDir
    Path dir;

    @Test
    void stagesEveryTableLikeTheGoldens() throws Exception {
        Path file = TemplateFixture.fromGoldens().writeWithSharedStrings(dir.resolve("shared.xlsx"));
        try (ZipFile zip = new ZipFile(file.toFile())) {
            String sheet = new String(zip.getInputStream(zip.getEntry("xl/worksheets/sheet11.xml")).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertThat(sheet).contains("t=\"s\"").doesNotContain("inlineStr");
        }

        StagedTemplate staged;
        try (PricingWorkbook workbook = PricingWorkbook.open(file)) {
            staged = TemplateParser.parse(workbook, TemplateParser.ALL_SHEETS, TemplateParser.Progress.NONE);
        }

        for (StageTable<?> table : StageTable.ALL) {
            StringWriter csv = new StringWriter();
            CsvWriter.write(table, staged.rows(table), csv);
            assertThat(csv.toString().getBytes(StandardCharsets.UTF_8)).as(table.stageName())
                    .isEqualTo(GoldenCsv.bytes(table.csvBaseName()));
        }
    }

    @Test
    void cellReferencesGiveTheirColumn() {
        assertThat(PricingWorkbook.column("A1")).isZero();
        assertThat(PricingWorkbook.column("Z15")).isEqualTo(25);
        assertThat(PricingWorkbook.column("AA15")).isEqualTo(26);
        assertThat(PricingWorkbook.column("AK15")).isEqualTo(36);
        assertThat(PricingWorkbook.column("DZ12")).isEqualTo(129);
        assertThat(PricingWorkbook.column("XFD1048576")).isEqualTo(16_383);
    }
}
