package org.milmove.pricing.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.milmove.pricing.fixture.TemplateFixture;
import org.milmove.pricing.report.Findings;
import org.milmove.pricing.report.SpotCheck;

/**
 * Header checks: those the original tool runs are errors, those it never ran (spec §7) warnings unless strict; case
 * and whitespace never count; one run lists every mismatch. Also unreadable files.
 */
class HeaderVerificationTest {
    private static final String LINEHAUL = "sheet 6 (2a) Domestic Linehaul Prices)";

    @TempDir
    Path dir;

    private StagedTemplate parse(TemplateFixture fixture, List<Integer> sheets, boolean strict) {
        Path file = fixture.write(dir.resolve("t.xlsx"));
        try (PricingWorkbook workbook = PricingWorkbook.open(file)) {
            return TemplateParser.parse(workbook, sheets, TemplateParser.Progress.NONE, strict);
        }
    }

    private HeaderCheckException parseFails(TemplateFixture fixture, List<Integer> sheets, boolean strict) {
        Throwable thrown = catchThrowable(() -> parse(fixture, sheets, strict));
        assertThat(thrown).isInstanceOf(HeaderCheckException.class);
        return (HeaderCheckException) thrown;
    }

    @Test
    void checksTheOriginalNeverRanOnlyWarnAndTheWorkbookIsStaged() {
        StagedTemplate staged = parse(TemplateFixture.independentlyBuilt(), TemplateParser.ALL_SHEETS, false);

        assertThat(staged.headerWarnings()).containsExactly(
                new HeaderMismatch(6, "2a) Domestic Linehaul Prices", "P12", "4001+", "", false),
                new HeaderMismatch(6, "2a) Domestic Linehaul Prices", "D14", "EXAMPLE", "Example row", false),
                new HeaderMismatch(7, "2b) Dom. Service Area Prices", "H9", "Origin / Destination Price (per cwt)",
                        "Origin Price", false),
                new HeaderMismatch(10, "3a) OCONUS to OCONUS Prices", "C8", "OriginIntlPriceAreaID",
                        "Origin Intl Price Area", false));
        assertThat(staged.rows(StageTable.DOMESTIC_LINEHAUL_PRICES)).hasSize(13560);
        assertThat(Findings.of(staged)).filteredOn(f -> f.kind().equals("header warning"))
                .extracting(SpotCheck.Finding::sheet, SpotCheck.Finding::detail)
                .startsWith(tuple(LINEHAUL, "cell P12: expected \"4001+\", found \"\""));
    }

    @Test
    void strictHeadersTurnEveryWarningIntoAnErrorAndListThemAllAtOnce() {
        HeaderCheckException e = parseFails(TemplateFixture.independentlyBuilt(), TemplateParser.ALL_SHEETS, true);

        assertThat(e.mismatches()).hasSize(4).allMatch(m -> m.isError(true));
        assertThat(e.getMessage()).isEqualTo(String.join(System.lineSeparator(),
                "Header checks failed: 4 errors",
                "  error    " + LINEHAUL + ", cell P12: expected \"4001+\", found \"\"",
                "  error    " + LINEHAUL + ", cell D14: expected \"EXAMPLE\", found \"Example row\"",
                "  error    sheet 7 (2b) Dom. Service Area Prices), cell H9: expected \"Origin / Destination Price"
                        + " (per cwt)\", found \"Origin Price\"",
                "  error    sheet 10 (3a) OCONUS to OCONUS Prices), cell C8: expected \"OriginIntlPriceAreaID\","
                        + " found \"Origin Intl Price Area\""));
    }

    @Test
    void checksTheOriginalRunsStayErrorsAndEveryMismatchOfEverySheetIsListed() {
        TemplateFixture fixture = TemplateFixture.independentlyBuilt();
        fixture.set(4, 8, 5, "Included Zip3\u2019s");  // a typographic apostrophe fails the original too
        fixture.set(6, 11, 6, "0.0");                  // the original's integer rule refuses 0.0
        fixture.set(17, 37, 4, "Price");

        HeaderCheckException e = parseFails(fixture, TemplateParser.ALL_SHEETS, false);

        assertThat(e.summary()).isEqualTo("Header checks failed: 3 errors and 4 warnings");
        assertThat(e.mismatches()).extracting(HeaderMismatch::sheet, HeaderMismatch::cell, HeaderMismatch::ranByOriginal)
                .containsExactly(tuple(4, "F9", true), tuple(6, "G12", true), tuple(6, "P12", false),
                        tuple(6, "D14", false), tuple(7, "H9", false), tuple(10, "C8", false), tuple(17, "E38", true));
        assertThat(e.listing()).contains("  error    sheet 4 (1b) Service Areas), cell F9: expected \"IncludedZip3's\","
                + " found \"Included Zip3\u2019s\"")
                .contains("  warning  " + LINEHAUL + ", cell P12: expected \"4001+\", found \"\"");
    }

    @Test
    void textHeadersIgnoreCaseAndWhitespace() {
        TemplateFixture fixture = TemplateFixture.fromGoldens();
        fixture.set(4, 8, 2, "BASE POINT  CITY");
        fixture.set(8, 11, 3, "example (PER CWT)");
        fixture.set(16, 7, 3, "Shipment Management\nServices Price\t($ per task order)");

        StagedTemplate staged = parse(fixture, List.of(4, 8, 16), false);

        assertThat(staged.headerWarnings()).isEmpty();
    }

    @Test
    void theOriginalIntegerRuleStillRefusesZeroPointZero() {
        TemplateFixture fixture = TemplateFixture.fromGoldens();
        fixture.set(6, 11, 6, "0.0");
        assertThat(parseFails(fixture, List.of(6), false).getMessage()).isEqualTo(
                "Header checks failed: 1 error" + System.lineSeparator()
                        + "  error    " + LINEHAUL + ", cell G12: expected \"0\", found \"0.0\"");
    }

    @Test
    void aSheetWithoutParserIsRefused() {
        assertThatThrownBy(() -> parse(TemplateFixture.fromGoldens(), List.of(5), false))
                .isInstanceOf(TemplateException.class)
                .hasMessage("Sheet 5 has no parser; the parsed sheets are 4, 6, 7, 8, 10, 11, 12, 13, 14, 16, 17, 18");
    }

    @Test
    void unreadableFilesAreRefusedWithAClearMessage() throws Exception {
        Path missing = dir.resolve("missing.xlsx");
        assertThatThrownBy(() -> PricingWorkbook.open(missing)).hasMessage("No such file: " + missing);

        Path text = Files.writeString(dir.resolve("notes.xlsx"), "not a workbook");
        assertThatThrownBy(() -> PricingWorkbook.open(text)).hasMessage(text + " is not an XLSX workbook");

        Path encrypted = dir.resolve("locked.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem(); OutputStream out = Files.newOutputStream(encrypted)) {
            fs.createDocument(new java.io.ByteArrayInputStream(new byte[64]), "EncryptionInfo");
            fs.createDocument(new java.io.ByteArrayInputStream(new byte[64]), "EncryptedPackage");
            fs.writeFilesystem(out);
        }
        assertThatThrownBy(() -> PricingWorkbook.open(encrypted)).hasMessageContaining("is password-protected");
    }
}
