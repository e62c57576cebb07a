package org.milmove.benchmarks;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.milmove.pricing.ReSchema;
import org.milmove.pricing.dump.DumpRequest;
import org.milmove.pricing.dump.DumpResult;
import org.milmove.pricing.dump.DumpSource;
import org.milmove.pricing.dump.Engine;
import org.milmove.pricing.dump.PricingDump;
import org.milmove.testsupport.EmbeddedPostgresServer;
import org.milmove.testsupport.TestDatabase;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Not a test: dumps re_* tables holding 1,000,000 rows with each engine, alternating, and prints wall time, bytes and
 * the jdbc/pg_dump ratio (best of the runs). Run from the repository root:
 * <pre>
 * benchmarks/run DumpBenchmark
 * </pre>
 */
public final class DumpBenchmark {
    private static final int RUNS = 3;

    private DumpBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start()) {
            TestDatabase db = server.admin();
            ReSchema.apply(db);
            fill(db);
            Map<Engine, long[]> best = new EnumMap<>(Engine.class);
            for (int run = 1; run <= RUNS; run++) {
                for (Engine engine : List.of(Engine.JDBC, Engine.PG_DUMP)) {
                    long[] measured = dump(db, engine);
                    System.out.printf("run %d  %-7s  %6d ms  %,13d bytes%n", run, engine, measured[0], measured[1]);
                    best.merge(engine, measured, (a, b) -> a[0] <= b[0] ? a : b);
                }
            }
            long jdbc = best.get(Engine.JDBC)[0];
            long pgDump = best.get(Engine.PG_DUMP)[0];
            System.out.printf("best: jdbc %d ms (%,d bytes), pg_dump %d ms (%,d bytes), ratio jdbc/pg_dump %.2f%n",
                    jdbc, best.get(Engine.JDBC)[1], pgDump, best.get(Engine.PG_DUMP)[1], (double) jdbc / pgDump);
        }
    }

    /** 1,000,000 zip5 rows over 10 contracts, plus their contracts and rate areas. */
    private static void fill(TestDatabase db) throws Exception {
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

    private static void execute(TestDatabase db, String sql) throws Exception {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static long[] dump(TestDatabase db, Engine engine) throws Exception {
        Path file = Files.createTempFile("dump-benchmark", ".sql");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            long start = System.nanoTime();
            DumpResult result = PricingDump.dump(DumpSource.of((PGSimpleDataSource) db.dataSource()),
                    DumpRequest.of("C1").withEngine(engine), out);
            long millis = (System.nanoTime() - start) / 1_000_000;
            if (result.totalRows() < 1_000_000) {
                throw new IllegalStateException("expected 1,000,000 rows, dumped " + result.totalRows());
            }
            return new long[] {millis, result.bytes()};
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
