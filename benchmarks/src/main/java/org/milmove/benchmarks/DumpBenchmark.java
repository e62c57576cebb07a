package org.milmove.benchmarks;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import org.milmove.pricing.ReSchema;
import org.milmove.pricing.dump.DumpRequest;
import org.milmove.pricing.dump.DumpResult;
import org.milmove.pricing.dump.DumpSource;
import org.milmove.pricing.dump.Engine;
import org.milmove.pricing.dump.PricingDump;
import org.milmove.pricing.fixture.TemplateFixture;
import org.milmove.pricing.importer.PricingImporter;
import org.milmove.pricing.importer.PricingImporter.Contract;
import org.milmove.pricing.template.PricingWorkbook;
import org.milmove.pricing.template.StagedTemplate;
import org.milmove.pricing.template.TemplateParser;
import org.milmove.testsupport.EmbeddedPostgresServer;
import org.milmove.testsupport.TestDatabase;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Not a test: dumps the re_* tables of two data sets with pg_dump and with the jdbc engine at 1, 2 and the default
 * number of jobs, round by round, and prints the medians and the jdbc/pg_dump ratios against the goal. The data sets:
 * 1,000,000 rows in one table, and the full-size pricing template imported for several contracts (many tables of
 * realistic sizes). Run from the repository root:
 * <pre>
 * benchmarks/run DumpBenchmark
 * </pre>
 */
public final class DumpBenchmark {
    private static final int ROUNDS = 5;
    private static final int CONTRACTS = 15;
    private static final double GOAL = 0.8;

    private DumpBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.out.printf("%d processors, load average %s%n", Runtime.getRuntime().availableProcessors(), Machine.loadAverages());
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start()) {
            TestDatabase oneTable = server.admin();
            ReSchema.apply(oneTable);
            fillOneTable(oneTable);
            oneTable.execute("CREATE DATABASE contracts");
            TestDatabase contracts = oneTable.withName("contracts");
            ReSchema.apply(contracts);
            fillContracts(contracts);
            compare("1,000,000 rows in re_zip5_rate_areas", oneTable);
            compare("the pricing template imported for " + CONTRACTS + " contracts", contracts);
        }
        System.out.printf("load average at the end %s%n", Machine.loadAverages());
    }

    /** 1,000,000 zip5 rows over 10 contracts, plus their contracts and rate areas. */
    private static void fillOneTable(TestDatabase db) throws Exception {
        execute(db, """
                INSERT INTO re_contracts (id, code, name, created_at, updated_at)
                    SELECT gen_random_uuid(), 'C' || c, 'Contract ' || c, now(), now() FROM generate_series(1, 10) c;
                INSERT INTO re_rate_areas (id, contract_id, is_oconus, code, name, created_at, updated_at)
                    SELECT gen_random_uuid(), id, false, 'US' || r, 'Area ' || r, now(), now()
                    FROM re_contracts, generate_series(1, 10) r;
                INSERT INTO re_zip5_rate_areas (id, contract_id, rate_area_id, zip5, created_at, updated_at)
                    SELECT gen_random_uuid(), a.contract_id, a.id, lpad((z * 10 + right(a.code, -2)::int % 10)::text, 5, '0'), now(), now()
                    FROM re_rate_areas a, generate_series(0, 9999) z;
                ANALYZE""");
    }

    /** The full-size generated workbook imported once per contract, ten years apart so that contract years never overlap. */
    private static void fillContracts(TestDatabase db) throws Exception {
        Path workbook = TemplateFixture.fromGoldens().write(Files.createTempDirectory("bench-dump").resolve("template.xlsx"));
        StagedTemplate staged;
        try (PricingWorkbook book = PricingWorkbook.open(workbook)) {
            staged = TemplateParser.parse(book, TemplateParser.ALL_SHEETS, TemplateParser.Progress.NONE);
        }
        try (Connection c = db.connect()) {
            for (int i = 0; i < CONTRACTS; i++) {
                PricingImporter.importTemplate(c, staged, new Contract("C" + i, "Contract " + i,
                        PricingImporter.DEFAULT_START_DATE.plusYears(10L * i)));
            }
        }
        execute(db, "ANALYZE");
    }

    private static void compare(String data, TestDatabase db) throws Exception {
        long[] rows = new long[1];
        Map<String, DumpRequest> contenders = new LinkedHashMap<>();
        contenders.put("pg_dump", DumpRequest.of("C1").withEngine(Engine.PG_DUMP));
        contenders.put("jdbc, 1 job", DumpRequest.of("C1").withEngine(Engine.JDBC).withJobs(1));
        contenders.put("jdbc, 2 jobs", DumpRequest.of("C1").withEngine(Engine.JDBC).withJobs(2));
        contenders.put("jdbc, " + DumpRequest.DEFAULT_JOBS + " jobs (default)", DumpRequest.of("C1").withEngine(Engine.JDBC));
        SideBySide race = new SideBySide();
        contenders.forEach((name, request) -> race.add(name, () -> rows[0] = dump(db, request)));
        Map<String, Double> medians = race.medians(ROUNDS);
        double pgDump = medians.get("pg_dump");
        System.out.printf("%s: %,d rows, medians of %d rounds, load average %s%n", data, rows[0], ROUNDS, Machine.loadAverages());
        medians.forEach((name, seconds) -> {
            if (name.equals("pg_dump")) {
                System.out.printf("  %-22s %6.2f s%n", name, seconds);
            } else {
                double ratio = seconds / pgDump;
                System.out.printf("  %-22s %6.2f s   %.2fx pg_dump   (goal <= %.1fx: %s)%n", name, seconds, ratio, GOAL,
                        SideBySide.verdict(ratio, GOAL));
            }
        });
        cpu(db, contenders);
    }

    /**
     * Where the time goes, once per contender: CPU seconds of the server's backends (reaped by the postmaster), of
     * pg_dump (reaped by this process) and of this process. On an idle machine with the server on it, the sum over
     * the cores bounds the wall time from below.
     */
    private static void cpu(TestDatabase db, Map<String, DumpRequest> contenders) throws Exception {
        long postmaster = ProcessHandle.of(Long.parseLong(db.column("SELECT pg_backend_pid()::text").get(0)))
                .flatMap(ProcessHandle::parent).orElseThrow().pid();
        long self = ProcessHandle.current().pid();
        int cores = Runtime.getRuntime().availableProcessors();
        System.out.printf("  CPU seconds of one run each: server, pg_dump, this process; their sum / %d cores%n", cores);
        for (Map.Entry<String, DumpRequest> contender : contenders.entrySet()) {
            Machine.Cpu server = Machine.cpu(postmaster);
            Machine.Cpu own = Machine.cpu(self);
            dump(db, contender.getValue());
            Machine.Cpu serverAfter = Machine.cpu(postmaster);
            Machine.Cpu ownAfter = Machine.cpu(self);
            double serverCpu = serverAfter.children() - server.children();
            double pgDumpCpu = ownAfter.children() - own.children();
            double ownCpu = ownAfter.own() - own.own();
            System.out.printf("  %-22s %5.2f  %5.2f  %5.2f   floor %5.2f s%n", contender.getKey(), serverCpu, pgDumpCpu,
                    ownCpu, (serverCpu + pgDumpCpu + ownCpu) / cores);
        }
    }

    private static long dump(TestDatabase db, DumpRequest request) {
        try {
            Path file = Files.createTempFile("dump-benchmark", ".sql");
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
                DumpResult result = PricingDump.dump(DumpSource.of((PGSimpleDataSource) db.dataSource()), request, out);
                return result.totalRows();
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void execute(TestDatabase db, String sql) throws Exception {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
