package org.milmove.cli.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.milmove.cli.CliResult;
import org.milmove.pricing.fixture.GoldenCsv;
import org.milmove.pricing.fixture.TemplateFixture;
import org.milmove.testsupport.TestDatabase;
import org.milmove.testsupport.WithPostgres;

@WithPostgres
class PricingImportCommandTest {
    private static final Path APP = Path.of("..", "migrations", "app").toAbsolutePath().normalize();
    @TempDir
    static Path dir;
    static Path workbook;
    private final TestDatabase db;

    PricingImportCommandTest(TestDatabase db) {
        this.db = db;
    }

    @BeforeAll
    static void migrateAndWriteTheReferenceWorkbook(TestDatabase db) {
        CliResult migrated = run(db, "migrate", "--migration-path", APP.resolve("schema") + ";" + APP.resolve("secure"),
                "--migration-manifest", APP.resolve("migrations_manifest.txt").toString());
        assertThat(migrated.exitCode()).as(migrated.all()).isZero();
        workbook = TemplateFixture.fromGoldens().write(dir.resolve("pricing_template.xlsx"));
    }

    @Test
    void importsTheWorkbookAndWritesTheReport() throws Exception {
        Path html = dir.resolve("report.html");

        CliResult result = importing("--filename", workbook.toString(), "--contract-code", "CLI1", "--report", html.toString());

        assertThat(result.exitCode()).as(result.all()).isZero();
        assertThat(result.out()).contains("Imported 67,743 rows", "Findings: no duplicates, gaps or empty cells found.")
                .containsPattern("re_intl_prices +46,364");
        assertThat(Files.readString(html)).contains("<table id=\"rows-written\">",
                "<td>re_intl_prices</td><td class=\"n\">46,364</td>");
        assertThat(count("re_contracts WHERE code = 'CLI1'")).isEqualTo(1);

        CliResult again = importing("--filename", workbook.toString(), "--contract-code", "CLI1",
                "--contract-start-date", "2301-02-01");
        assertThat(again.exitCode()).as(again.all()).isEqualTo(1);
        assertThat(again.err()).contains("Contract code CLI1 already exists", "nothing was written");
    }

    /**
     * What a person sees in a browser, read from the page itself: only the report's own elements, all closed, all text
     * escaped (the workbook's name has markup characters), a style sheet that hides nothing, and per table the rows
     * the import added to the database.
     */
    @Test
    void theReportIsAPlainPageThatCountsWhatTheImportAdded() throws Exception {
        Path odd = Files.copy(workbook, dir.resolve("pricing <template> & \"fake\" data.xlsx"));
        Path html = dir.resolve("report-page.html");
        Map<String, Integer> before = pricingTableRows();

        CliResult result = importing("--filename", odd.toString(), "--contract-code", "PAGE1",
                "--contract-start-date", "2401-02-01", "--report", html.toString());

        assertThat(result.exitCode()).as(result.all()).isZero();
        Map<String, Integer> added = new TreeMap<>();
        pricingTableRows().forEach((table, rows) -> added.put(table, rows - before.get(table)));
        added.values().removeIf(rows -> rows == 0);
        ReportPage page = ReportPage.read(Files.readString(html));
        assertThat(page.text()).contains("Workbook: " + odd, "Rows written for contract PAGE1");
        assertThat(page.style()).doesNotContainPattern("display|visibility|opacity|url\\(");
        assertThat(counts(page.table("rows-written"))).isEqualTo(added);
        assertThat(counts(page.table("staged-rows"))).hasSize(18).containsEntry("stage_domestic_linehaul_prices", 13_560);
        assertThat(page.table("staged-rows")).last().isEqualTo(List.of("total", "38,331"));
        assertThat(page.table("rows-written")).last().isEqualTo(List.of("total", "67,743"));
    }

    /** A counts table's rows but the total, as numbers; fails unless the total is their sum. */
    private static Map<String, Integer> counts(List<List<String>> rows) {
        Map<String, Integer> counts = new TreeMap<>();
        for (List<String> row : rows.subList(0, rows.size() - 1)) {
            counts.put(row.get(0), Integer.parseInt(row.get(1).replace(",", "")));
        }
        List<String> total = rows.get(rows.size() - 1);
        assertThat(total.get(0)).isEqualTo("total");
        assertThat(Integer.parseInt(total.get(1).replace(",", "")))
                .isEqualTo(counts.values().stream().mapToInt(Integer::intValue).sum());
        return counts;
    }

    private Map<String, Integer> pricingTableRows() throws Exception {
        Map<String, Integer> rows = new TreeMap<>();
        try (Connection c = db.connect(); ResultSet tables = c.createStatement().executeQuery(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name LIKE 're\\_%'")) {
            while (tables.next()) {
                rows.put(tables.getString(1), count(tables.getString(1)));
            }
        }
        return rows;
    }

    @Test
    void headerWarningsShowInTheTerminalAndTheHtmlReportAndTheImportGoesOn() throws Exception {
        Path file = TemplateFixture.independentlyBuilt().write(dir.resolve("independent.xlsx"));
        Path html = dir.resolve("warnings.html");

        CliResult result = importing("--filename", file.toString(), "--contract-code", "WARN1",
                "--contract-start-date", "2501-02-01", "--report", html.toString());

        assertThat(result.exitCode()).as(result.all()).isZero();
        assertThat(result.out()).contains("Imported 67,743 rows", "Findings (4)")
                .containsPattern("sheet 6 \\(2a\\) Domestic Linehaul Prices\\) +header warning +cell P12: expected \"4001\\+\", found \"\"")
                .containsPattern("sheet 10 \\(3a\\) OCONUS to OCONUS Prices\\) +header warning +cell C8: expected");
        assertThat(ReportPage.read(Files.readString(html)).table("findings")).containsExactly(
                List.of("sheet 6 (2a) Domestic Linehaul Prices)", "header warning", "cell P12: expected \"4001+\", found \"\""),
                List.of("sheet 6 (2a) Domestic Linehaul Prices)", "header warning",
                        "cell D14: expected \"EXAMPLE\", found \"Example row\""),
                List.of("sheet 7 (2b) Dom. Service Area Prices)", "header warning",
                        "cell H9: expected \"Origin / Destination Price (per cwt)\", found \"Origin Price\""),
                List.of("sheet 10 (3a) OCONUS to OCONUS Prices)", "header warning",
                        "cell C8: expected \"OriginIntlPriceAreaID\", found \"Origin Intl Price Area\""));
        assertThat(count("re_contracts WHERE code = 'WARN1'")).isEqualTo(1);
    }

    @Test
    void headerErrorsListEveryMismatchExitWithTwoAndWriteNothing() throws Exception {
        TemplateFixture fixture = TemplateFixture.independentlyBuilt();
        fixture.set(4, 8, 2, "Base City");
        fixture.set(18, 7, 10, "Price Escalation");
        Path broken = fixture.write(dir.resolve("broken.xlsx"));
        Path independent = TemplateFixture.independentlyBuilt().write(dir.resolve("strict.xlsx"));
        int before = count("re_contracts");

        CliResult errors = importing("--filename", broken.toString(), "--contract-code", "ERR1");
        CliResult strict = importing("--filename", independent.toString(), "--contract-code", "ERR2", "--strict-headers");

        assertUsageError(errors, "milmove: Header checks failed: 2 errors and 4 warnings in " + broken
                + "; nothing was written. Fix every cell listed as an error");
        assertThat(errors.err().lines().skip(1).map(String::strip).map(line -> line.substring(0, line.indexOf(':'))))
                .containsExactly("error    sheet 4 (1b) Service Areas), cell C9",
                        "warning  sheet 6 (2a) Domestic Linehaul Prices), cell P12",
                        "warning  sheet 6 (2a) Domestic Linehaul Prices), cell D14",
                        "warning  sheet 7 (2b) Dom. Service Area Prices), cell H9",
                        "warning  sheet 10 (3a) OCONUS to OCONUS Prices), cell C8",
                        "error    sheet 18 (5b) Price Escalation Discount), cell K8");
        assertUsageError(strict, "milmove: Header checks failed: 4 errors in " + independent + "; nothing was written."
                + " Fix every cell listed:");
        assertThat(strict.err().lines().skip(1)).hasSize(4).allMatch(line -> line.startsWith("  error    sheet "));
        assertThat(count("re_contracts")).isEqualTo(before);
    }

    @Test
    void verifyOnlyParsesSavesCsvAndWritesNothing() throws Exception {
        Path csv = dir.resolve("csv");
        int before = count("re_contracts");

        CliResult result = importing("--filename", workbook.toString(), "--verify-only", "--save-csv",
                "--csv-dir", csv.toString());

        assertThat(result.exitCode()).as(result.all()).isZero();
        assertThat(result.out()).contains("Wrote 18 CSV files", "Nothing was imported.");
        try (Stream<Path> files = Files.list(csv)) {
            assertThat(files).hasSize(18).allMatch(file -> file.getFileName().toString().matches("\\d+_\\w+_\\d{14}\\.csv"));
        }
        try (Stream<Path> files = Files.list(csv)) {
            Path domestic = files.filter(file -> file.getFileName().toString().startsWith("4_1b_service_areas_domestic_"))
                    .findFirst().orElseThrow();
            assertThat(Files.readAllBytes(domestic)).isEqualTo(GoldenCsv.bytes("4_1b_service_areas_domestic"));
        }
        assertThat(count("re_contracts")).isEqualTo(before);
    }

    @Test
    void badFilesExitWithTwoAndAClearMessage() throws Exception {
        Path text = Files.writeString(dir.resolve("notes.xlsx"), "hello");
        Path short18 = TemplateFixture.fromGoldens().write(dir.resolve("short.xlsx"), 18);

        assertUsageError(importing("--filename", dir.resolve("nope.xlsx").toString(), "--contract-code", "X"),
                "No such file");
        assertUsageError(importing("--filename", text.toString(), "--contract-code", "X"), "is not an XLSX workbook");
        assertUsageError(importing("--filename", short18.toString(), "--contract-code", "X"),
                "has 18 sheets, so sheet 18");
        assertUsageError(importing("--filename", workbook.toString()), "--contract-code is required");
        assertUsageError(importing("--filename", workbook.toString(), "--contract-code", "X",
                "--contract-start-date", "1/2/2021"), "YYYY-MM-DD");
    }

    private static void assertUsageError(CliResult result, String message) {
        assertThat(result.exitCode()).as(result.all()).isEqualTo(2);
        assertThat(result.err()).contains(message).doesNotContain("\tat ");
    }

    private CliResult importing(String... args) {
        List<String> all = new ArrayList<>(List.of("pricing", "import"));
        all.addAll(List.of(args));
        return run(db, all.toArray(String[]::new));
    }

    private static CliResult run(TestDatabase db, String... args) {
        return CliResult.run(db, args);
    }

    private int count(String from) throws Exception {
        try (Connection c = db.connect(); ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM " + from)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
