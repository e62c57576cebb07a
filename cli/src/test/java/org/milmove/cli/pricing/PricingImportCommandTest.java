package org.milmove.cli.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
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

    /** What a person sees: the page as Chromium renders it, and its DOM with the per-table counts. */
    @Test
    void theReportOpensInHeadlessChromium() throws Exception {
        Path chromium = Path.of("/usr/bin/chromium");
        assumeTrue(Files.isExecutable(chromium), "Debian's chromium package is not installed (.ci/run installs it)");
        Path html = dir.resolve("chromium-report.html");
        CliResult result = importing("--filename", workbook.toString(), "--contract-code", "CHROME1",
                "--contract-start-date", "2401-02-01", "--report", html.toString());
        assertThat(result.exitCode()).as(result.all()).isZero();

        String dom = headless(chromium, "--dump-dom", html.toUri().toString());
        Path screenshot = dir.resolve("report.png");
        headless(chromium, "--screenshot=" + screenshot, "--window-size=1280,2000", html.toUri().toString());

        assertThat(dom).contains("<td>re_intl_prices</td><td class=\"n\">46,364</td>",
                "<td>re_domestic_linehaul_prices</td><td class=\"n\">13,560</td>", "<td>re_zip3s</td><td class=\"n\">908</td>");
        assertThat(screenshot).exists();
        assertThat(Files.size(screenshot)).as("a rendered page, not a blank one").isGreaterThan(20_000);
    }

    private static String headless(Path chromium, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + Files.createTempDirectory(dir, "chromium")));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("chromium finished").isTrue();
        return out;
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
            assertThat(Files.readAllBytes(domestic)).isEqualTo(Files.readAllBytes(GoldenCsv.golden("4_1b_service_areas_domestic")));
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
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--db-host", db.host(), "--db-port", String.valueOf(db.port()), "--db-name", db.name(),
                "--db-user", db.user(), "--db-password", db.password(), "--db-retry-max", "0"));
        return CliResult.run(all);
    }

    private int count(String from) throws Exception {
        try (Connection c = db.connect(); ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM " + from)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
