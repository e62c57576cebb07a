package org.milmove.pricing.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.milmove.pricing.fixture.TemplateFixture;
import org.milmove.pricing.report.SpotCheck.Finding;
import org.milmove.pricing.report.SpotCheck.Sample;
import org.milmove.pricing.template.PricingWorkbook;
import org.milmove.pricing.template.StagedTemplate;
import org.milmove.pricing.template.TemplateParser;

class SpotCheckReportTest {
    @TempDir
    Path dir;

    private StagedTemplate parse(TemplateFixture fixture) {
        try (PricingWorkbook workbook = PricingWorkbook.open(fixture.write(dir.resolve("t.xlsx")))) {
            return TemplateParser.parse(workbook, TemplateParser.ALL_SHEETS, TemplateParser.Progress.NONE);
        }
    }

    @Test
    void theReferenceWorkbookHasNoFindings() {
        assertThat(Findings.of(parse(TemplateFixture.fromGoldens()))).isEmpty();
    }

    @Test
    void findsDuplicatesGapsAndEmptyCells() {
        TemplateFixture fixture = TemplateFixture.fromGoldens();
        fixture.set(4, 9, 5, "173,173");
        fixture.set(6, 14, 2, "5");
        fixture.clear(7, 12, 6);

        List<Finding> findings = Findings.of(parse(fixture));

        assertThat(findings).extracting(Finding::detail).contains(
                "zip3 173 is listed 2 times (rows 10, 10)",
                "service area 005 is in 2a but not in 1b",
                "service area 004 is in 1b but has no linehaul prices in 2a",
                "1 empty shorthaul_price cell (rows 13)");
        assertThat(findings.get(0).sheet()).isEqualTo("sheet 4 (1b) Service Areas)");
    }

    @Test
    void rendersTheSameTablesAsTextAndHtml() {
        SpotCheck check = new SpotCheck("t.xlsx", "C1", Map.of("stage_x", 3), Map.of("re_contracts", 1),
                List.of(new Finding("sheet 4 (1b) Service Areas)", "gap", "service area <9> & more")),
                List.of(new Sample("re_contracts", List.of("code", "name"), List.of(List.of("C1", "C1")))));

        String text = TextReport.render(check);
        String html = HtmlReport.render(check);

        assertThat(text).contains("Rows written for contract C1", "service area <9> & more")
                .containsPattern("\\n  re_contracts +1\\n");
        assertThat(html).contains("<table id=\"rows-written\">", "<td>re_contracts</td><td class=\"n\">1</td>",
                "service area &lt;9&gt; &amp; more").doesNotContain("<script", "http");
    }
}
