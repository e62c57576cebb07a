package org.milmove.cli.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.milmove.cli.CliResult;
import org.milmove.cli.MigrationProject;
import org.milmove.pricing.contracts.RollbackScript;
import org.milmove.pricing.fixture.TwoContracts;
import org.milmove.testsupport.TestDatabase;
import org.milmove.testsupport.WithPostgres;

/** pricing contracts, gen pricing-rollback-migration with pricing verify of its file, and pricing diff. */
@WithPostgres
class PricingContractsCommandTest {
    private final TestDatabase db;
    @TempDir
    Path dir;
    private MigrationProject project;

    PricingContractsCommandTest(TestDatabase db) {
        this.db = db;
    }

    @BeforeAll
    static void twoContracts(TestDatabase db, @TempDir Path source) throws Exception {
        MigrationProject repository = MigrationProject.ofRepository(source.resolve("project"));
        CliResult migrated = CliResult.run(repository.args("migrate", db));
        assertThat(migrated.exitCode()).as(migrated.all()).isZero();
        try (Connection c = db.connect()) {
            TwoContracts.importInto(c, source);
        }
    }

    @BeforeEach
    void project() {
        project = MigrationProject.ofRepository(dir.resolve("project"));
    }

    @Test
    void contractsListsEveryContractWithItsRowsPerTable() {
        CliResult result = run("pricing", "contracts");

        assertThat(result.exitCode()).as(result.all()).isZero();
        assertThat(result.out()).containsPattern("\n  OLD +OLD name +2021-02-01 +8 +67,743\n")
                .containsPattern("\n  NEW +NEW name +2031-02-01 +8 +67,739\n")
                .containsPattern("\n  rows per table +OLD +NEW\n")
                .containsPattern("\n  re_intl_prices +46,364 +46,360\n")
                .containsPattern("\n  re_task_order_fees +16 +16\n");
    }

    @Test
    void theRollbackMigrationIsASecureMigrationThatVerifiesOnAScratchCopy() throws Exception {
        List<String> before = Files.readAllLines(project.manifest());

        CliResult gen = gen("--contract-code", "NEW", "--version", "20300101000000");

        assertThat(gen.exitCode()).as(gen.all()).isZero();
        String name = "20300101000000_pricing_rollback_new.up.sql";
        Path production = dir.resolve("tmp").resolve(name);
        assertThat(gen.out()).contains("Wrote " + production + ": deletes 67,739 rows of contract NEW from 15 tables.",
                "bin/milmove pricing verify " + production);
        assertThat(Files.readString(production)).startsWith(RollbackScript.MARKER + "NEW\n")
                .containsPattern("--   public\\.re_intl_prices +46,360\n")
                .contains("DELETE FROM public.re_task_order_fees WHERE (contract_year_id) IN (SELECT id FROM"
                        + " public.re_contract_years WHERE (contract_id) IN");
        assertThat(Files.getPosixFilePermissions(production)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.readString(project.root().resolve("secure").resolve(name))).contains("Local stand-in")
                .doesNotContain("DELETE").doesNotContain("46,360");
        assertThat(Files.readAllLines(project.manifest())).containsExactlyElementsOf(append(before, name));

        CliResult verify = verify(production);

        assertThat(verify.exitCode()).as(verify.all()).isZero();
        assertThat(verify.out()).containsPattern("public\\.re_intl_prices +92724 +46360 +46364 +same +ok\n")
                .containsPattern("public\\.re_services +\\d+ +0 +\\d+ +same +ok\n")
                .contains("OK: contract NEW is gone from all 16 tables and every other row is unchanged.");
        assertThat(db.column("SELECT code FROM re_contracts ORDER BY code")).containsExactly("NEW", "OLD");
    }

    @Test
    void verifyFailsWhenTheRollbackDeletesAnotherContractsRowsOrTheCountsChanged() throws Exception {
        assertThat(gen("--contract-code", "NEW", "--version", "20300101000001").exitCode()).isZero();
        Path production = dir.resolve("tmp").resolve("20300101000001_pricing_rollback_new.up.sql");
        String script = Files.readString(production);
        Files.writeString(production, script.replace("END\n$rollback$;", "    DELETE FROM public.re_zip5_rate_areas"
                + " WHERE zip5 = (SELECT min(zip5) FROM public.re_zip5_rate_areas);\nEND\n$rollback$;"));

        CliResult tooMuch = verify(production);

        assertThat(tooMuch.exitCode()).as(tooMuch.all()).isEqualTo(1);
        assertThat(tooMuch.out()).containsPattern("public\\.re_zip5_rate_areas +1844 +922 +921 +differ +DIFFERENT\n")
                .contains("FAILED: 1 of 16 tables do not hold exactly the other contracts' rows after the rollback.");

        Files.writeString(production, script);
        db.execute("CREATE TABLE saved_row AS SELECT t.* FROM re_shipment_type_prices t JOIN re_contracts c"
                + " ON c.id = t.contract_id WHERE c.code = 'NEW' ORDER BY t.id LIMIT 1;"
                + " DELETE FROM re_shipment_type_prices WHERE id = (SELECT id FROM saved_row)");
        try {
            CliResult changed = verify(production);

            assertThat(changed.exitCode()).as(changed.all()).isEqualTo(1);
            assertThat(changed.out()).contains("FAILED: " + production + " failed on the scratch copy:",
                    "Contract NEW has 6 rows in public.re_shipment_type_prices, not 7 as when this rollback was generated;"
                            + " nothing was deleted");
        } finally {
            db.execute("INSERT INTO re_shipment_type_prices SELECT * FROM saved_row; DROP TABLE saved_row");
        }
    }

    @Test
    void aMissingContractIsAUsageErrorAndWritesNothing() throws Exception {
        List<String> before = Files.readAllLines(project.manifest());

        CliResult gen = gen("--contract-code", "NOPE");
        CliResult diff = run("pricing", "diff", "--from", "OLD", "--to", "NOPE");

        assertThat(gen.exitCode()).as(gen.all()).isEqualTo(2);
        assertThat(gen.err()).contains("Contract NOPE is not in re_contracts of ", "bin/milmove pricing contracts")
                .doesNotContain("\tat ");
        assertThat(dir.resolve("tmp")).doesNotExist();
        assertThat(Files.readAllLines(project.manifest())).isEqualTo(before);
        assertThat(diff.exitCode()).as(diff.all()).isEqualTo(2);
        assertThat(diff.err()).contains("Contract NOPE is not in re_contracts");
    }

    @Test
    void diffListsRowsAddedRemovedChangedAndTheLargestChangesInTheTerminalAndAsHtml() throws Exception {
        Path html = dir.resolve("diff.html");

        CliResult result = run("pricing", "diff", "--from", "OLD", "--to", "NEW", "--top", "2", "--report", html.toString());

        assertThat(result.exitCode()).as(result.all()).isZero();
        assertThat(result.out()).startsWith("Pricing changes from contract OLD to NEW\n\nRows per price table\n")
                .containsPattern("\n  re_intl_prices +46,364 +46,360 +0 +4 +0\n")
                .containsPattern("\n  re_domestic_linehaul_prices +13,560 +13,560 +0 +0 +1\n")
                .contains("Largest relative price changes (2 of 3)")
                .containsPattern("\n  re_domestic_linehaul_prices +area 004 500-4999 lb 0-250 mi non-peak +2\\.477 +3\\.716"
                        + " +\\+50\\.02%\n")
                .containsPattern("\n  re_shipment_type_prices +DMHF C +1\\.20 +1\\.00 +-16\\.67%\n");
        ReportPage page = ReportPage.read(Files.readString(html));
        assertThat(page.table("tables")).contains(List.of("re_intl_prices", "46,364", "46,360", "0", "4", "0"));
        assertThat(page.table("changes")).containsExactly(
                List.of("re_domestic_linehaul_prices", "area 004 500-4999 lb 0-250 mi non-peak", "2.477", "3.716", "+50.02%"),
                List.of("re_shipment_type_prices", "DMHF C", "1.20", "1.00", "-16.67%"));
    }

    private CliResult gen(String... options) {
        List<String> args = new ArrayList<>(List.of("gen", "pricing-rollback-migration"));
        args.addAll(List.of(options));
        args.addAll(List.of("-m", project.manifest().toString(), "--schema-dir", project.root().resolve("schema").toString(),
                "--secure-dir", project.root().resolve("secure").toString(), "--output-dir", dir.resolve("tmp").toString()));
        args.addAll(MigrationProject.connection(db));
        return CliResult.run(args);
    }

    private CliResult verify(Path file) {
        List<String> args = new ArrayList<>(List.of("pricing"));
        args.addAll(project.args("verify", db));
        args.add(file.toString());
        return CliResult.run(args);
    }

    private CliResult run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(MigrationProject.connection(db));
        return CliResult.run(all);
    }

    private static List<String> append(List<String> lines, String line) {
        List<String> all = new ArrayList<>(lines);
        all.add(line);
        return all;
    }
}
