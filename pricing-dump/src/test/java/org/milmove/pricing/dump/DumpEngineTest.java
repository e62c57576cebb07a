package org.milmove.pricing.dump;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
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

    private DumpResult dump(DumpRequest request, ByteArrayOutputStream out) {
        return PricingDump.dump(DumpSource.of((PGSimpleDataSource) db.dataSource()), request.withSelection(
                TableSelection.of(List.of("re_tricky_values"), List.of())), out);
    }
}
