package org.milmove.pricing.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.milmove.pricing.FirstDifference;
import org.milmove.pricing.InLocale;
import org.milmove.pricing.fixture.GoldenCsv;
import org.milmove.pricing.fixture.TemplateFixture;

/** The workbook's numbers ($2.477, 4.0) are read as Excel shows them in en-US, whatever the machine's locale. */
class StagingLocaleTest {
    @TempDir
    Path dir;

    @Test
    void underAGermanLocaleTheStagedRowsAreTheGoldenCsvsByteForByte() throws Exception {
        Path file = TemplateFixture.fromGoldens().write(dir.resolve("template.xlsx"));

        StagedTemplate staged = InLocale.run(Locale.GERMANY, () -> {
            try (PricingWorkbook workbook = PricingWorkbook.open(file)) {
                return TemplateParser.parse(workbook, TemplateParser.ALL_SHEETS, TemplateParser.Progress.NONE);
            }
        });

        for (StageTable<?> table : StageTable.ALL) {
            StringWriter csv = new StringWriter();
            CsvWriter.write(table, staged.rows(table), csv);
            String golden = new String(GoldenCsv.bytes(table.csvBaseName()), StandardCharsets.UTF_8);
            assertThat(FirstDifference.of(csv.toString(), golden)).as(table.csvBaseName()).isEmpty();
        }
    }
}
