package org.milmove.pricing.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.milmove.pricing.FirstDifference;
import org.milmove.pricing.InLocale;
import org.milmove.pricing.fixture.GoldenCsv;
import org.milmove.pricing.fixture.TemplateFixture;

/**
 * The workbook's numbers ($2.477, 4.0, 1,234.56, 2.50%, dates as serials) are read as Excel shows them in en-US,
 * whatever the machine's locale.
 */
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

    @Test
    void formattedNumbersAndDatesReadTheSameUnderEveryLocale() throws Exception {
        TemplateFixture fixture = TemplateFixture.fromGoldens();
        int discount = 9; // 5b's discount column J, staged as read and not imported
        fixture.setNumber(18, 9, discount, 1234.56, "#,##0.00");
        fixture.setNumber(18, 10, discount, 0.025, "0.00%");
        fixture.setNumber(18, 11, discount, 43466, "m/d/yy");
        fixture.setNumber(18, 12, discount, 43466, "yyyy-mm-dd");
        fixture.setNumber(18, 13, discount, 2.477, "\"$\"#,##0.000");
        fixture.setNumber(18, 14, discount, 1234567.8, "#,##0");
        Path file = fixture.write(dir.resolve("formats.xlsx"));
        List<String> expected = List.of("1,234.56", "2.50%", "1/1/19", "2019-01-01", "$2.477", "1,234,568", "", "");

        for (Locale locale : List.of(Locale.GERMANY, Locale.US, Locale.FRANCE)) {
            List<String> discounts = InLocale.run(locale, () -> {
                try (PricingWorkbook workbook = PricingWorkbook.open(file)) {
                    return TemplateParser.parse(workbook, List.of(18), TemplateParser.Progress.NONE)
                            .rows(StageTable.PRICE_ESCALATION_DISCOUNTS).stream()
                            .map(Staged.PriceEscalation::discount).toList();
                }
            });
            assertThat(discounts).as(locale.toString()).isEqualTo(expected);
        }
    }
}
