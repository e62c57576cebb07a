package org.milmove.cli.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.milmove.cli.CliResult;
import org.milmove.cli.Milmove;
import org.milmove.flyway.manifest.MilMoveConventions;
import org.milmove.testsupport.PgDump;
import org.milmove.testsupport.TestDatabase;
import org.milmove.testsupport.WithPostgres;
import picocli.CommandLine;

@WithPostgres
class PricingCommandsTest {
    private static final Path APP = Path.of("..", "migrations", "app").toAbsolutePath().normalize();
    private final TestDatabase db;
    @TempDir
    Path dir;
    private Path manifest;

    PricingCommandsTest(TestDatabase db) {
        this.db = db;
    }

    @BeforeAll
    static void pricingData(TestDatabase db) throws Exception {
        MilMoveConventions.apply(Flyway.configure()).dataSource(db.dataSource())
                .locations("filesystem:" + APP.resolve("schema"), "filesystem:" + APP.resolve("secure")).load().migrate();
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute("""
                    INSERT INTO re_contracts (id, code, name, created_at, updated_at)
                        VALUES ('00000000-0000-0000-0000-000000000001', 'TRUSS_TEST', 'Truss test', now(), now());
                    INSERT INTO re_rate_areas (id, contract_id, is_oconus, code, name, created_at, updated_at)
                        SELECT gen_random_uuid(), '00000000-0000-0000-0000-000000000001', r > 40, 'US' || r,
                               E'Area\\t' || r, now(), now()
                        FROM generate_series(1, 50) r;
                    INSERT INTO re_domestic_service_areas (id, contract_id, service_area, services_schedule,
                            sit_pd_schedule, created_at, updated_at)
                        SELECT gen_random_uuid(), '00000000-0000-0000-0000-000000000001', lpad(a::text, 3, '0'), 1, 2, now(), now()
                        FROM generate_series(1, 20) a;
                    INSERT INTO re_domestic_other_prices (id, contract_id, service_id, is_peak_period, schedule,
                            price_cents, created_at, updated_at)
                        SELECT gen_random_uuid(), '00000000-0000-0000-0000-000000000001', s.id, p, 2, 4242, now(), now()
                        FROM re_services s, (VALUES (true), (false)) v(p) WHERE s.code IN ('DPK', 'DUPK')""");
        }
    }

    @BeforeEach
    void project() throws Exception {
        Files.createDirectories(dir.resolve("schema"));
        Files.createDirectories(dir.resolve("secure"));
        manifest = dir.resolve("migrations_manifest.txt");
        Files.writeString(manifest, "# manifest header\n20250101000000_create_re_contracts.up.sql\n");
    }

    @Test
    void writesTheProductionFileTheScrubbedStandInAndTheManifestLine() throws Exception {
        CliResult result = run("gen", "pricing-migration", "--contract-code", "TRUSS_TEST", "--engine", "jdbc", "--name", "pricing_test");

        assertThat(result.exitCode()).as(result.all()).isZero();
        String fileName = fileName(result);
        assertThat(fileName).matches("\\d{14}_pricing_test\\.up\\.sql");
        String production = Files.readString(dir.resolve("tmp").resolve(fileName));
        String standIn = Files.readString(dir.resolve("secure").resolve(fileName));
        assertThat(production).contains("-- GHC pricing data for contract TRUSS_TEST")
                .contains("COPY public.re_rate_areas (").doesNotContain("COPY public.re_services ")
                // A TAB in a value: MilMove's migrator would read its COPY escape differently, so the row is an INSERT.
                .contains("INSERT INTO public.re_rate_areas (")
                .contains("convert_from(decode('" + Base64.getEncoder().encodeToString("Area\t7".getBytes(StandardCharsets.UTF_8)));
        assertThat(standIn).contains("secure migration " + fileName).contains("contract TRUSS_TEST")
                .containsPattern("--   public\\.re_rate_areas +50\n").containsPattern("--   public\\.re_domestic_other_prices +4\n")
                .contains("It loads 75 rows into ")
                .doesNotContain("COPY").doesNotContain("Area");
        assertThat(Files.readAllLines(manifest)).containsExactly("# manifest header", "20250101000000_create_re_contracts.up.sql", fileName);
        assertThat(result.out()).contains("Wrote " + dir.resolve("tmp").resolve(fileName) + ": 75 rows in ")
                .contains(" COPY blocks and 50 INSERT statements (engine jdbc)").contains("never commit it")
                .contains("bin/milmove pricing verify " + dir.resolve("tmp").resolve(fileName)).contains("Upload");
        assertThat(dir.resolve("tmp")).isDirectoryNotContaining("glob:**.partial");
    }

    @Test
    void anUnknownContractCodeIsAUsageErrorAndWritesNothing() throws Exception {
        CliResult result = run("gen", "pricing-migration", "--contract-code", "NOPE");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("Contract NOPE is not in re_contracts of " + db.name()).doesNotContain("\tat ");
        assertThat(dir.resolve("tmp")).doesNotExist();
        assertThat(dir.resolve("secure")).isEmptyDirectory();
        assertThat(Files.readAllLines(manifest)).hasSize(2);
    }

    @Test
    void aPatternThatSelectsNothingIsAUsageError() {
        CliResult result = run("gen", "pricing-migration", "--contract-code", "TRUSS_TEST", "--include", "nothing_*");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("No table matches --include nothing_* --exclude re_services*");
    }

    @Test
    void verifyPassesOnTheRealFileAndFailsWhenARowIsMissing() throws Exception {
        PgDump.assumeOnPath();
        CliResult gen = run("gen", "pricing-migration", "--contract-code", "TRUSS_TEST", "--engine", "pg_dump");
        assertThat(gen.exitCode()).as(gen.all()).isZero();
        Path production = dir.resolve("tmp").resolve(fileName(gen));

        CliResult ok = run("pricing", "verify", production.toString());

        assertThat(ok.exitCode()).as(ok.all()).isZero();
        assertThat(ok.out()).containsPattern("public\\.re_rate_areas +50 +50  same +ok")
                .contains("OK: all 15 tables match the source database.");

        Path tampered = Files.createDirectories(dir.resolve("tampered")).resolve(production.getFileName());
        Files.write(tampered, withoutFirst(Files.readAllLines(production), "INSERT INTO public.re_rate_areas "));
        CliResult bad = run("pricing", "verify", tampered.toString());

        assertThat(bad.exitCode()).as(bad.all()).isEqualTo(1);
        assertThat(bad.out()).containsPattern("public\\.re_rate_areas +50 +49  differs +DIFFERENT")
                .containsPattern("public\\.re_domestic_other_prices +4 +4  same +ok")
                .contains("FAILED: 1 of 15 tables differ from the source database.");
        assertThat(scratchDatabases()).isEmpty();
    }

    private static List<String> withoutFirst(List<String> lines, String prefix) {
        List<String> result = new ArrayList<>(lines);
        for (int i = 0; i < result.size(); i++) {
            if (result.get(i).startsWith(prefix)) {
                result.remove(i);
                return result;
            }
        }
        throw new AssertionError("no " + prefix + " in the file");
    }

    private List<String> scratchDatabases() throws Exception {
        List<String> names = new ArrayList<>();
        try (Connection c = db.connect(); var rs = c.createStatement().executeQuery(
                "SELECT datname FROM pg_database WHERE datname LIKE 'milmove\\_verify\\_%'")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    private static String fileName(CliResult result) {
        Matcher m = Pattern.compile("(\\d{14}_\\w+\\.up\\.sql)").matcher(result.out());
        assertThat(m.find()).as(result.out()).isTrue();
        return m.group(1);
    }

    private CliResult run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Milmove.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--db-host", db.host(), "--db-port", String.valueOf(db.port()),
                "--db-name", db.name(), "--db-user", db.user(), "--db-password", db.password(), "--db-retry-max", "0"));
        if (args[0].equals("gen")) {
            all.addAll(List.of("-m", manifest.toString(), "--schema-dir", dir.resolve("schema").toString(),
                    "--secure-dir", dir.resolve("secure").toString(),
                    "--output-dir", dir.resolve("tmp").toString()));
        }
        int code = cli.execute(all.toArray(String[]::new));
        return new CliResult(code, out.toString(), err.toString());
    }
}
