package org.milmove.pricing.template;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.milmove.pricing.fixture.TemplateFixture;

/** The checks the original tool meant to run but never did (spec §7), and unreadable files. */
class HeaderVerificationTest {
    @TempDir
    Path dir;

    private void assertParseFails(TemplateFixture fixture, int sheet, String message) {
        Path file = fixture.write(dir.resolve("t.xlsx"));
        try (PricingWorkbook workbook = PricingWorkbook.open(file)) {
            assertThatThrownBy(() -> TemplateParser.parse(workbook, List.of(sheet), TemplateParser.Progress.NONE))
                    .isInstanceOf(TemplateException.class)
                    .hasMessage(message);
        }
    }

    @Test
    void serviceAreaPricesHeadersAreChecked() {
        TemplateFixture fixture = TemplateFixture.fromGoldens();
        fixture.set(7, 8, 6 + 16 + 8 + 1, "Origin Price");
        assertParseFails(fixture, 7, "Header check failed: sheet 7 (2b) Dom. Service Area Prices), cell AF9: "
                + "expected \"Origin / Destination Price (per cwt)\", found \"Origin Price\"");
    }

    @Test
    void intlPricesExampleRowIsChecked() {
        TemplateFixture fixture = TemplateFixture.fromGoldens();
        fixture.set(12, 9, 3, "Example");
        assertParseFails(fixture, 12, "Header check failed: sheet 12 (3c) OCONUS to CONUS Prices), cell D10: "
                + "expected \"EXAMPLE\", found \"Example\"");
    }

    @Test
    void linehaulMileageBandsUseTheOriginalIntegerRule() {
        TemplateFixture fixture = TemplateFixture.fromGoldens();
        fixture.set(6, 11, 6, "0.0");
        assertParseFails(fixture, 6, "Header check failed: sheet 6 (2a) Domestic Linehaul Prices), cell G12: "
                + "expected \"0\", found \"0.0\"");
    }

    @Test
    void aTypographicApostropheFailsTheZip3Header() {
        TemplateFixture fixture = TemplateFixture.fromGoldens();
        fixture.set(4, 8, 5, "Included Zip3\u2019s");
        assertParseFails(fixture, 4, "Header check failed: sheet 4 (1b) Service Areas), cell F9: "
                + "expected \"IncludedZip3's\", found \"Included Zip3\u2019s\"");
    }

    @Test
    void aSheetWithoutParserIsRefused() {
        assertParseFails(TemplateFixture.fromGoldens(), 5,
                "Sheet 5 has no parser; the parsed sheets are 4, 6, 7, 8, 10, 11, 12, 13, 14, 16, 17, 18");
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
