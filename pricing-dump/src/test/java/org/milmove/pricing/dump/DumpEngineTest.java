package org.milmove.pricing.dump;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.milmove.pricing.FirstDifference;
import org.milmove.pricing.InLocale;
import org.milmove.testsupport.PgDump;
import org.milmove.testsupport.TestDatabase;
import org.milmove.testsupport.WithPostgres;
import org.postgresql.ds.PGSimpleDataSource;

@WithPostgres
class DumpEngineTest {
    private static final Path MISSING = Path.of("/nonexistent/bin/pg_dump");
    private final TestDatabase db;

    DumpEngineTest(TestDatabase db) {
        this.db = db;
    }

    @BeforeAll
    static void data(TestDatabase db) throws Exception {
        PricingData.schema(db);
        PricingData.execute(db, PricingData.TRICKY_ROWS);
    }

    @Test
    void autoUsesTheInstalledPgDumpWhenItIsCompatible() {
        PgDump.assumeOnPath();
        DumpResult result = dump(DumpRequest.of("C").withEngine(Engine.AUTO), new ByteArrayOutputStream());

        assertThat(result.engine()).isEqualTo(Engine.PG_DUMP);
        assertThat(result.engineVersion()).startsWith("15.");
    }

    @Test
    void autoFallsBackToJdbcWithoutPgDump() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DumpResult result = dump(DumpRequest.of("C").withEngine(Engine.AUTO).withPgDump(MISSING), out);

        assertThat(result.engine()).isEqualTo(Engine.JDBC);
        assertThat(out.toString()).contains("-- Engine: jdbc\n");
    }

    @Test
    void pgDumpEngineFailsClearlyWhenTheProgramIsMissing() {
        assertThatThrownBy(() -> dump(DumpRequest.of("C").withEngine(Engine.PG_DUMP).withPgDump(MISSING), new ByteArrayOutputStream()))
                .isInstanceOf(DumpException.class)
                .hasMessage(MISSING + " is not an executable program; install the PostgreSQL 15 client"
                        + " (postgresql-client-15) or use the jdbc engine");
    }

    @Test
    void anOlderPgDumpIsRecognisedAndRefused() {
        PgDumpClient old = PgDumpClient.parse(Path.of("pg_dump"), "pg_dump (PostgreSQL) 14.10 (Debian 14.10-1)");
        PgDumpClient current = PgDumpClient.parse(Path.of("pg_dump"), "pg_dump (PostgreSQL) 15.18 (Debian 15.18-0+deb12u1)");

        assertThat(old.major()).isEqualTo(14);
        assertThat(old.canDump(15)).isFalse();
        assertThat(current.version()).isEqualTo("15.18");
        assertThat(current.canDump(15)).isTrue();
        assertThat(current.canDump(14)).isTrue();
        assertThat(PgDumpClient.parse(Path.of("pg_dump"), "pg_dump (PostgreSQL) 9.6.24").major()).isEqualTo(9);
        assertThatThrownBy(() -> PgDumpClient.parse(Path.of("pg_dump"), "something else")).isInstanceOf(DumpException.class);
    }

    @Test
    void thePasswordIsNeverOnPgDumpsCommandLine() {
        DumpSource source = new DumpSource("db.example", 5433, "dev_db", "milmove", "s3cret-value", "require");
        TableName table = new TableName("public", "Re_\"Odd", "public.\"Re_\"\"Odd\"");
        var info = new Catalog.TableInfo(table, List.of(new Catalog.Column("id", "integer")), List.of("id"), java.util.Set.of());

        List<String> command = PgDumpEngine.command(source, new PgDumpClient(Path.of("/usr/bin/pg_dump"), 15, "15.18"), "snap", List.of(info));

        assertThat(String.join(" ", command)).doesNotContain("s3cret-value")
                .contains("--data-only --no-owner --no-privileges")
                .contains("--table=\"public\".\"Re_\"\"Odd\"");
        assertThat(source.toString()).doesNotContain("s3cret-value");
    }

    @Test
    void aConnectionFailureNamesTheUserButNeverThePassword() {
        TestDatabase wrongUser = new TestDatabase(db.host(), db.port(), db.name(), "no_such_user", "pw-not-shown");
        DumpSource source = DumpSource.of((PGSimpleDataSource) wrongUser.dataSource());

        assertThatThrownBy(() -> PricingDump.dump(source, DumpRequest.of("C").withEngine(Engine.PG_DUMP), new ByteArrayOutputStream()))
                .isInstanceOf(DumpException.class)
                .hasMessageContaining("no_such_user")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("pw-not-shown"));
    }

    @Test
    void aDumpThatCannotBeWrittenKeepsItsOwnErrorNotPgDumpsBrokenPipe() throws Exception {
        PgDump.assumeOnPath();
        OutputStream fullDisk = new OutputStream() {
            private long written;

            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                written += len;
                if (written > 200_000) {
                    throw new IOException("No space left on device");
                }
            }
        };

        assertThatThrownBy(() -> PricingDump.dump(source(), manyRows(DumpRequest.of("C").withEngine(Engine.PG_DUMP)), fullDisk))
                .isInstanceOf(UncheckedIOException.class)
                .hasRootCauseMessage("No space left on device")
                .satisfies(e -> assertThat(e.getCause().getSuppressed()).singleElement()
                        .satisfies(pgDump -> assertThat(pgDump.getMessage()).startsWith("pg_dump failed (exit code ")));
    }

    @Test
    void pgDumpFailingMidStreamAddsItsMessageToOursInsteadOfReplacingIt(@TempDir Path dir) throws Exception {
        PgDump.assumeOnPath();
        Path failing = dir.resolve("pg_dump");
        Files.writeString(failing, """
                #!/bin/sh
                [ "$1" = --version ] && exec pg_dump --version
                pg_dump "$@" | head -c 100000
                echo 'pg_dump: error: query failed: server closed the connection unexpectedly' >&2
                exit 1
                """);
        Files.setPosixFilePermissions(failing, PosixFilePermissions.fromString("rwxr-xr-x"));

        assertThatThrownBy(() -> PricingDump.dump(source(),
                manyRows(DumpRequest.of("C").withEngine(Engine.PG_DUMP).withPgDump(failing)), new ByteArrayOutputStream()))
                .isInstanceOf(DumpException.class)
                .hasMessageStartingWith("pg_dump output ended inside the data of public.re_many_rows; ")
                .hasMessageEndingWith("; pg_dump failed (exit code 1):"
                        + " pg_dump: error: query failed: server closed the connection unexpectedly");
    }

    @Test
    void aDumpIsByteForByteTheSameUnderAGermanLocale() throws Exception {
        DumpRequest request = manyRows(DumpRequest.of("C").withEngine(Engine.JDBC));
        ByteArrayOutputStream english = new ByteArrayOutputStream();
        ByteArrayOutputStream german = new ByteArrayOutputStream();

        InLocale.run(Locale.US, () -> PricingDump.dump(source(), request, english));
        InLocale.run(Locale.GERMANY, () -> PricingDump.dump(source(), request, german));

        assertThat(english.toString(StandardCharsets.UTF_8)).contains("public.re_many_rows      200,000\n");
        assertThat(FirstDifference.of(german.toString(StandardCharsets.UTF_8), english.toString(StandardCharsets.UTF_8))).isEmpty();
        assertThat(german.toByteArray()).hasSameSizeAs(english.toByteArray());
    }

    /** 200,000 rows: megabytes of pg_dump output, far more than a pipe holds. */
    private DumpRequest manyRows(DumpRequest request) throws Exception {
        PricingData.execute(db, "CREATE TABLE IF NOT EXISTS re_many_rows (id integer PRIMARY KEY, label text);"
                + " INSERT INTO re_many_rows SELECT i, md5(i::text) FROM generate_series(1, 200000) i ON CONFLICT DO NOTHING");
        return request.withSelection(TableSelection.of(List.of("re_many_rows"), List.of()));
    }

    private DumpSource source() {
        return DumpSource.of((PGSimpleDataSource) db.dataSource());
    }

    private DumpResult dump(DumpRequest request, ByteArrayOutputStream out) {
        return PricingDump.dump(DumpSource.of((PGSimpleDataSource) db.dataSource()), request.withSelection(
                TableSelection.of(List.of("re_tricky_values"), List.of())), out);
    }
}
