package org.milmove.pricing.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.milmove.pricing.fixture.GoldenCsv;
import org.milmove.pricing.fixture.TemplateFixture;

/** A workbook read from bytes (as the scheduled task reads S3 objects) stages what the file does, and names its source. */
class InMemoryWorkbookTest {
    private static final String URL = "s3://bucket/templates/TRUSS_TEST_2021-02-01.xlsx";
    @TempDir
    Path dir;

    @Test
    void stagesTheSameRowsAsTheFile() throws Exception {
        byte[] bytes = Files.readAllBytes(TemplateFixture.fromGoldens().write(dir.resolve("t.xlsx")));

        try (PricingWorkbook workbook = PricingWorkbook.read(URL, bytes)) {
            StagedTemplate staged = TemplateParser.parse(workbook, List.of(4), TemplateParser.Progress.NONE);
            StringWriter csv = new StringWriter();
            CsvWriter.write(StageTable.DOMESTIC_SERVICE_AREAS, staged.rows(StageTable.DOMESTIC_SERVICE_AREAS), csv);
            assertThat(csv.toString().getBytes(StandardCharsets.UTF_8))
                    .isEqualTo(GoldenCsv.bytes(StageTable.DOMESTIC_SERVICE_AREAS.csvBaseName()));
            assertThat(workbook.name()).isEqualTo(URL);
        }
    }

    @Test
    void unreadableBytesAreRefusedByName() throws Exception {
        byte[] shortOne = Files.readAllBytes(TemplateFixture.fromGoldens().write(dir.resolve("short.xlsx"), 18));
        try (PricingWorkbook workbook = PricingWorkbook.read(URL, shortOne)) {
            assertThatThrownBy(() -> TemplateParser.parse(workbook, TemplateParser.ALL_SHEETS, TemplateParser.Progress.NONE))
                    .hasMessageStartingWith(URL + " has 18 sheets, so sheet 18");
        }
        assertThatThrownBy(() -> PricingWorkbook.read(URL, "hello".getBytes(StandardCharsets.UTF_8)))
                .hasMessage(URL + " is not an XLSX workbook");
        Path ole2 = dir.resolve("old.xls");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            fs.createDocument(new ByteArrayInputStream(new byte[8]), "Workbook");
            try (var out = Files.newOutputStream(ole2)) {
                fs.writeFilesystem(out);
            }
        }
        assertThatThrownBy(() -> PricingWorkbook.read(URL, Files.readAllBytes(ole2)))
                .hasMessage(URL + " is an old binary Excel (.xls) file, not an XLSX workbook");
    }
}
