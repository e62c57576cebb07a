package org.milmove.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import org.milmove.pricing.ReSchema;
import org.milmove.pricing.fixture.TemplateFixture;
import org.milmove.pricing.importer.PricingImporter;
import org.milmove.pricing.importer.PricingImporter.Contract;
import org.milmove.pricing.template.PricingWorkbook;
import org.milmove.pricing.template.StagedTemplate;
import org.milmove.pricing.template.TemplateParser;
import org.milmove.testsupport.EmbeddedPostgresServer;
import org.milmove.testsupport.TestDatabase;

/**
 * Parses and imports the full-size generated pricing workbook (38,331 staged rows, 67,743 re_* rows) and prints wall
 * time and peak heap for each step. Meant to run with a small heap: {@code benchmarks/run PricingImportBenchmark -Xmx256m}.
 */
public final class PricingImportBenchmark {

    public static void main(String[] args) throws Exception {
        Path workbook = TemplateFixture.fromGoldens().write(Files.createTempDirectory("bench-pricing").resolve("template.xlsx"));
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start()) {
            TestDatabase db = server.admin();
            ReSchema.apply(db);
            System.gc();
            resetPeaks();

            long start = System.nanoTime();
            StagedTemplate staged;
            try (PricingWorkbook book = PricingWorkbook.open(workbook)) {
                staged = TemplateParser.parse(book, TemplateParser.ALL_SHEETS, TemplateParser.Progress.NONE);
            }
            double parseSeconds = (System.nanoTime() - start) / 1e9;
            long parsePeak = heapPeak();

            resetPeaks();
            start = System.nanoTime();
            PricingImporter.Result result;
            try (Connection c = db.connect()) {
                result = PricingImporter.importTemplate(c, staged, new Contract("BENCH", "BENCH", PricingImporter.DEFAULT_START_DATE));
            }
            double importSeconds = (System.nanoTime() - start) / 1e9;
            long importPeak = heapPeak();

            System.out.printf("pricing template, %,d bytes, max heap %d MiB%n", Files.size(workbook),
                    Runtime.getRuntime().maxMemory() >> 20);
            System.out.printf("  parse   %5.2f s   peak heap %4d MiB   (goal: parse <= 5 s)%n", parseSeconds, parsePeak >> 20);
            System.out.printf("  import  %5.2f s   peak heap %4d MiB   %,d re_* rows   (goal: import <= 15 s)%n",
                    importSeconds, importPeak >> 20, result.totalRows());
        }
        System.exit(0);
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long heapPeak() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed())
                .sum();
    }
}
