package org.milmove.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.function.ToDoubleFunction;
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
 * Parses and imports the full-size generated pricing workbook (38,331 staged rows, 67,743 re_* rows) round after
 * round in one JVM, and prints the median wall time of each step and of the whole (goal: at most 2 s), the first
 * round on its own (the cold start a command line run sees) and the peak heap. Meant to run with a small heap:
 * {@code benchmarks/run PricingImportBenchmark -Xmx256m}.
 */
public final class PricingImportBenchmark {
    private static final int ROUNDS = 7;
    private static final ThreadMXBean THREAD = ManagementFactory.getThreadMXBean();
    private static final double GOAL_SECONDS = 2.0;

    /** Wall seconds per step; CPU seconds of this JVM's thread and of the database server's backend process. */
    private record Round(double open, double parse, double importing, double javaCpu, double serverCpu,
            long peakHeap) {
        double total() {
            return open + parse + importing;
        }
    }

    public static void main(String[] args) throws Exception {
        Path workbook = TemplateFixture.fromGoldens().write(Files.createTempDirectory("bench-pricing").resolve("template.xlsx"));
        String loadBefore = Machine.loadAverages();
        Round[] rounds = new Round[ROUNDS];
        int rows = 0;
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start()) {
            TestDatabase db = server.admin();
            ReSchema.apply(db);
            for (int i = 0; i < ROUNDS; i++) {
                clearContracts(db);
                System.gc();
                resetPeaks();
                long cpuStart = THREAD.getCurrentThreadCpuTime();
                long start = System.nanoTime();
                PricingWorkbook book = PricingWorkbook.open(workbook);
                double open = since(start);
                start = System.nanoTime();
                StagedTemplate staged;
                try (book) {
                    staged = TemplateParser.parse(book, TemplateParser.ALL_SHEETS, TemplateParser.Progress.NONE);
                }
                double parse = since(start);
                double importing;
                double serverCpu;
                try (Connection c = db.connect()) {
                    long backend = backendPid(c);
                    double serverStart = Machine.cpu(backend).own();
                    start = System.nanoTime();
                    rows = PricingImporter.importTemplate(c, staged,
                            new Contract("BENCH", "BENCH", PricingImporter.DEFAULT_START_DATE)).totalRows();
                    importing = since(start);
                    serverCpu = Machine.cpu(backend).own() - serverStart;
                }
                rounds[i] = new Round(open, parse, importing, (THREAD.getCurrentThreadCpuTime() - cpuStart) / 1e9,
                        serverCpu, heapPeak());
            }
        }
        print(workbook, rows, rounds, loadBefore);
        System.exit(0);
    }

    private static void print(Path workbook, int rows, Round[] rounds, String loadBefore) throws Exception {
        double total = median(rounds, Round::total);
        System.out.printf("pricing import, full-size template (%,d bytes, %,d re_* rows), max heap %d MiB%n",
                Files.size(workbook), rows, Runtime.getRuntime().maxMemory() >> 20);
        System.out.printf("  load average     %s before, %s after (2 cores; other builds share them)%n", loadBefore,
                Machine.loadAverages());
        System.out.printf("  open workbook    median of %d  %5.2f s%n", ROUNDS, median(rounds, Round::open));
        System.out.printf("  parse sheets     median of %d  %5.2f s%n", ROUNDS, median(rounds, Round::parse));
        System.out.printf("  import re_*      median of %d  %5.2f s%n", ROUNDS, median(rounds, Round::importing));
        System.out.printf("  end to end       median of %d  %5.2f s   goal <= %.1f s: %s%n", ROUNDS, total,
                GOAL_SECONDS, SideBySide.verdict(total, GOAL_SECONDS));
        System.out.printf("  CPU              median of %d  %5.2f s this JVM (open, parse, import), %5.2f s database "
                + "server (import); wall times above grow with the load average, CPU times hardly%n", ROUNDS,
                median(rounds, Round::javaCpu), median(rounds, Round::serverCpu));
        System.out.printf("  end to end       first round  %5.2f s   (cold JVM, as one command line run)%n",
                rounds[0].total());
        System.out.printf("  peak heap        highest round %4d MiB of %d MiB%n",
                Arrays.stream(rounds).mapToLong(Round::peakHeap).max().orElse(0) >> 20,
                Runtime.getRuntime().maxMemory() >> 20);
    }

    /** Every round imports the same contract: TRUNCATE ... CASCADE empties every re_* table but re_services. */
    private static void clearContracts(TestDatabase db) throws SQLException {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute("TRUNCATE re_contracts CASCADE");
        }
    }

    private static long backendPid(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT pg_backend_pid()")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static double median(Round[] rounds, ToDoubleFunction<Round> figure) {
        double[] values = Arrays.stream(rounds).mapToDouble(figure).sorted().toArray();
        return values[values.length / 2];
    }

    private static double since(long start) {
        return (System.nanoTime() - start) / 1e9;
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
