package org.milmove.pricing.dump;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.milmove.testsupport.TestDatabase;
import org.milmove.testsupport.WithPostgres;
import org.postgresql.ds.PGSimpleDataSource;

/** The jdbc engine with several readers: the same bytes as with one, one snapshot for all, and a clean stop. */
@WithPostgres
class ParallelDumpTest {
    private static final long ROWS_PER_RANGE = 500;
    private static final TableSelection TABLES = TableSelection.of(List.of("re_parallel_*", "re_tricky_*"), List.of());
    private final TestDatabase db;

    ParallelDumpTest(TestDatabase db) {
        this.db = db;
    }

    /**
     * A composite key whose first column repeats (rows of one key value must stay in one range), NULLs, bytea, text
     * with tabs, line breaks, backslashes (INSERT statements) and non-ASCII; a uuid key; and the awkward values.
     */
    @BeforeAll
    static void data(TestDatabase db) throws Exception {
        PricingData.schema(db);
        PricingData.execute(db, PricingData.TRICKY_ROWS);
        PricingData.execute(db, """
                CREATE TABLE re_parallel_rows (id uuid, n integer, label text, raw bytea, at timestamptz, PRIMARY KEY (id, n));
                INSERT INTO re_parallel_rows
                    SELECT md5((i % 1500)::text)::uuid, i,
                           CASE i % 7 WHEN 0 THEN NULL WHEN 1 THEN E'tab\\there' WHEN 2 THEN E'line\\nbreak'
                                      WHEN 3 THEN 'Zürich — 東京 ' || i WHEN 4 THEN E'back\\\\slash ' || i ELSE 'row ' || i END,
                           CASE WHEN i % 5 = 0 THEN NULL ELSE decode(md5(i::text), 'hex') END,
                           timestamptz '2024-01-01 00:00:00+00' + i * interval '1 minute'
                    FROM generate_series(1, 6000) i;
                CREATE TABLE re_parallel_more (id uuid PRIMARY KEY, note text);
                INSERT INTO re_parallel_more SELECT md5('more' || i)::uuid, 'note ' || i FROM generate_series(1, 3000) i;
                ANALYZE""");
    }

    @Test
    void severalReadersWriteTheBytesOfOneRunAfterRun() throws Exception {
        byte[] one = dump(1);

        assertThat(dump(4)).isEqualTo(one);
        assertThat(dump(2)).isEqualTo(one);
        assertThat(dump(4)).isEqualTo(one);
        assertThat(new String(one, StandardCharsets.UTF_8))
                .contains("-- Data for public.re_parallel_rows: 6000 rows\n")
                .contains("INSERT INTO public.re_parallel_rows ");
    }

    @Test
    void keyRangesCoverEveryRowOnceAndLeaveCollatableKeysWhole() throws Exception {
        try (Connection c = db.connect()) {
            Catalog.TableInfo rows = Catalog.describe(c, DumpVerification.table(c, "public.re_parallel_rows"));
            List<String> ranges = KeyRanges.of(c, rows, 6000, ROWS_PER_RANGE);

            assertThat(ranges).hasSizeGreaterThanOrEqualTo(8);
            long total = 0;
            for (String range : ranges) {
                total += Long.parseLong(db.column("SELECT count(*) FROM public.re_parallel_rows t WHERE " + range).get(0));
            }
            assertThat(total).isEqualTo(6000);
            Catalog.TableInfo textKey = Catalog.describe(c, DumpVerification.table(c, "public.re_tricky_keys"));
            assertThat(KeyRanges.of(c, textKey, 6000, ROWS_PER_RANGE)).containsExactly("true");
        }
    }

    @Test
    void rowsCommittedAfterTheSnapshotAreInNoReadersPart() throws Exception {
        byte[] before = dump(1);
        AtomicBoolean inserted = new AtomicBoolean();
        DumpSource source = source();

        ByteArrayOutputStream during = new ByteArrayOutputStream();
        PricingDump.dump(source, request(3), during, () -> {
            // Before any reader joins the snapshot, another session commits rows into both big tables.
            if (!inserted.getAndSet(true)) {
                PricingData.execute(db, "INSERT INTO re_parallel_rows (id, n, label) SELECT gen_random_uuid(), i, 'late'"
                        + " FROM generate_series(10001, 10100) i;"
                        + " INSERT INTO re_parallel_more SELECT gen_random_uuid(), 'late' FROM generate_series(1, 100)");
            }
            return source.dataSource().getConnection();
        }, ROWS_PER_RANGE);

        assertThat(inserted).isTrue();
        assertThat(during.toByteArray()).isEqualTo(before);
        assertThat(new String(dump(3), StandardCharsets.UTF_8))
                .contains("-- Data for public.re_parallel_rows: 6100 rows\n");
        PricingData.execute(db, "DELETE FROM re_parallel_rows WHERE label = 'late'; DELETE FROM re_parallel_more WHERE note = 'late'");
    }

    @Test
    void aFailingReaderStopsTheDumpNamesItsTableAndLeavesNoConnectionOpen() throws Exception {
        DumpSource source = source();
        AtomicBoolean locking = new AtomicBoolean();
        AtomicReference<CompletableFuture<Void>> locker = new AtomicReference<>();

        assertThatThrownBy(() -> PricingDump.dump(source, request(3), new ByteArrayOutputStream(), () -> {
            synchronized (locking) {
                if (!locking.getAndSet(true)) {
                    // Queued behind the dump's own lock before any reader reads, this request makes every reader of
                    // the table wait.
                    locker.set(CompletableFuture.runAsync(this::lockExclusively));
                    awaitWaitingLock();
                }
            }
            Connection c = source.dataSource().getConnection();
            try (Statement s = c.createStatement()) {
                s.execute("SET lock_timeout = '200ms'");
            }
            return c;
        }, ROWS_PER_RANGE))
                .isInstanceOf(DumpException.class)
                .hasMessageStartingWith("Could not read public.re_parallel_more: ")
                .hasMessageContaining("lock timeout");

        locker.get().get();
        for (int attempt = 0; attempt < 50 && !dumpSessions().isEmpty(); attempt++) {
            Thread.sleep(100);
        }
        assertThat(dumpSessions()).isEmpty();
    }

    private void lockExclusively() {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute("LOCK TABLE re_parallel_more IN ACCESS EXCLUSIVE MODE");
            c.rollback();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void awaitWaitingLock() throws SQLException {
        for (int attempt = 0; attempt < 100; attempt++) {
            if (!db.column("SELECT 1 FROM pg_locks WHERE relation = 're_parallel_more'::regclass AND NOT granted").isEmpty()) {
                return;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("the exclusive lock request never queued");
    }

    private List<String> dumpSessions() throws SQLException {
        return db.column("SELECT pid::text FROM pg_stat_activity WHERE application_name = 'milmove pricing dump'");
    }

    private byte[] dump(int jobs) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DumpSource source = source();
        PricingDump.dump(source, request(jobs), out, source.dataSource()::getConnection, ROWS_PER_RANGE);
        return out.toByteArray();
    }

    private DumpRequest request(int jobs) {
        return DumpRequest.of("C").withEngine(Engine.JDBC).withSelection(TABLES).withJobs(jobs);
    }

    private DumpSource source() {
        return DumpSource.of((PGSimpleDataSource) db.dataSource());
    }
}
