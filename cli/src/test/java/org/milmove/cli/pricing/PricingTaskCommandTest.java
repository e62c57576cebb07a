package org.milmove.cli.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.milmove.cli.CliResult;
import org.milmove.pricing.fixture.TemplateFixture;
import org.milmove.testsupport.S3TestServer;
import org.milmove.testsupport.TestDatabase;
import org.milmove.testsupport.WithPostgres;
import org.milmove.testsupport.WithS3;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * {@code pricing task} against a real S3-protocol server and PostgreSQL 15: several workbooks, broken ones among them,
 * a rerun, and two tasks racing. Each good workbook adds {@value #ROWS_PER_IMPORT} rows to the re_* tables.
 */
@WithPostgres
@WithS3
class PricingTaskCommandTest {
    private static final Path APP = Path.of("..", "migrations", "app").toAbsolutePath().normalize();
    private static final int ROWS_PER_IMPORT = 67_743;
    @TempDir
    static Path dir;
    static byte[] good;
    static byte[] missingSheets;
    static byte[] unknownServiceArea;

    private final TestDatabase db;
    private final S3TestServer server;
    private final S3Client s3;

    PricingTaskCommandTest(TestDatabase db, S3TestServer server) {
        this.db = db;
        this.server = server;
        this.s3 = server.client();
    }

    @BeforeAll
    static void migrateAndWriteTheWorkbooks(TestDatabase db) throws Exception {
        S3TestServer.useItsCredentials();
        CliResult migrated = CliResult.run(db, "migrate", "--migration-path", APP.resolve("schema") + ";" + APP.resolve("secure"),
                "--migration-manifest", APP.resolve("migrations_manifest.txt").toString());
        assertThat(migrated.exitCode()).as(migrated.all()).isZero();
        good = Files.readAllBytes(TemplateFixture.fromGoldens().write(dir.resolve("good.xlsx")));
        missingSheets = Files.readAllBytes(TemplateFixture.fromGoldens().write(dir.resolve("short.xlsx"), 18));
        TemplateFixture unknown = TemplateFixture.fromGoldens();
        unknown.set(6, 20, 2, "999");
        unknownServiceArea = Files.readAllBytes(unknown.write(dir.resolve("unknown.xlsx")));
    }

    @AfterAll
    static void forgetCredentials() {
        S3TestServer.forgetCredentials();
    }

    @Test
    void importsEachNewWorkbookReportsEachBrokenOneAndARerunSkipsEverything() throws Exception {
        String bucket = server.newBucket("pricing");
        put(bucket, "templates/ALPHA_2101-02-01.xlsx", good, Map.of());
        put(bucket, "templates/from-contracting.xlsx", good, Map.of("contract-code", "BRAVO",
                "contract-start-date", "2201-02-01", "contract-name", "Bravo Moving"));
        put(bucket, "templates/SHORT_2301-02-01.xlsx", missingSheets, Map.of());
        put(bucket, "templates/UNKNOWN_2401-02-01.xlsx", unknownServiceArea, Map.of());
        put(bucket, "templates/unnamed.xlsx", good, Map.of());
        put(bucket, "templates/notes.txt", new byte[] {'x'}, Map.of());
        put(bucket, "templates/archive/OLD_2501-02-01.xlsx", good, Map.of());
        long rowsBefore = pricingRows();

        CliResult first = task("--source", "s3://" + bucket + "/templates/", "--report-to", "s3://" + bucket + "/reports");

        assertThat(first.exitCode()).as(first.all()).isEqualTo(1);
        String templates = "s3://" + bucket + "/templates/";
        assertThat(first.out()).contains(
                templates + "ALPHA_2101-02-01.xlsx: imported 67,743 rows as contract ALPHA",
                "report s3://" + bucket + "/reports/ALPHA_2101-02-01.report.html",
                templates + "from-contracting.xlsx: imported 67,743 rows as contract BRAVO",
                templates + "SHORT_2301-02-01.xlsx: FAILED, nothing was imported: " + templates
                        + "SHORT_2301-02-01.xlsx has 18 sheets, so sheet 18",
                templates + "UNKNOWN_2401-02-01.xlsx: FAILED, nothing was imported: sheet 6 (2a) Domestic Linehaul"
                        + " Prices), row 21: service area 999 is not in sheet 4",
                templates + "unnamed.xlsx: FAILED, nothing was imported: cannot tell which contract it is",
                "5 workbooks: 2 imported, 0 skipped, 3 failed.")
                .doesNotContain("OLD", "notes.txt");
        assertThat(db.column("SELECT code || ' ' || name FROM re_contracts ORDER BY code"))
                .containsExactly("ALPHA ALPHA", "BRAVO Bravo Moving");
        assertThat(db.column("SELECT min(start_date)::text FROM re_contract_years y JOIN re_contracts c"
                + " ON c.id = y.contract_id WHERE c.code = 'BRAVO'")).containsExactly("2201-02-01");
        assertThat(pricingRows() - rowsBefore).as("the broken workbooks left nothing behind").isEqualTo(2L * ROWS_PER_IMPORT);
        assertThat(keys(bucket, "reports/")).containsExactlyInAnyOrder(
                "reports/ALPHA_2101-02-01.report.txt", "reports/ALPHA_2101-02-01.report.html",
                "reports/from-contracting.report.txt", "reports/from-contracting.report.html",
                "reports/SHORT_2301-02-01.report.txt", "reports/SHORT_2301-02-01.report.html",
                "reports/UNKNOWN_2401-02-01.report.txt", "reports/UNKNOWN_2401-02-01.report.html",
                "reports/unnamed.report.txt", "reports/unnamed.report.html");
        assertThat(read(bucket, "reports/ALPHA_2101-02-01.report.html"))
                .contains("<td>re_intl_prices</td><td class=\"n\">46,364</td>");
        assertThat(read(bucket, "reports/from-contracting.report.txt"))
                .contains("Rows written for contract BRAVO").containsPattern("re_intl_prices +46,364");
        assertThat(read(bucket, "reports/UNKNOWN_2401-02-01.report.txt")).startsWith(
                "Pricing template import FAILED: " + templates + "UNKNOWN_2401-02-01.xlsx\nsheet 6 (2a) Domestic Linehaul")
                .contains("Nothing was imported; the database is unchanged.", "stage_domestic_linehaul_prices");
        ReportPage shortPage = ReportPage.read(read(bucket, "reports/SHORT_2301-02-01.report.html"));
        assertThat(shortPage.text()).contains("Pricing template import failed", "has 18 sheets, so sheet 18",
                "Nothing was imported; the database is unchanged.");

        s3.deleteObject(d -> d.bucket(bucket).key("templates/SHORT_2301-02-01.xlsx"));
        s3.deleteObject(d -> d.bucket(bucket).key("templates/UNKNOWN_2401-02-01.xlsx"));
        s3.deleteObject(d -> d.bucket(bucket).key("templates/unnamed.xlsx"));
        CliResult rerun = task("--source", "s3://" + bucket + "/templates");

        assertThat(rerun.exitCode()).as(rerun.all()).isZero();
        assertThat(rerun.out()).contains(
                templates + "ALPHA_2101-02-01.xlsx: skipped, contract ALPHA already exists in re_contracts",
                templates + "from-contracting.xlsx: skipped, contract BRAVO already exists in re_contracts",
                "2 workbooks: 0 imported, 2 skipped, 0 failed.");
        assertThat(keys(bucket, "templates/")).noneMatch(key -> key.contains(".report."));
        assertThat(pricingRows() - rowsBefore).isEqualTo(2L * ROWS_PER_IMPORT);
    }

    /**
     * Both tasks see both workbooks as new and parse them; the per-contract lock lets one import each, and the other,
     * once the lock is free, finds the contract and skips it. Without the lock the slower one fails on the contract
     * code, and this test fails.
     */
    @Test
    void twoTasksRacingImportEachWorkbookOnce() throws Exception {
        String bucket = server.newBucket("race");
        put(bucket, "in/CHARLIE_2601-02-01.xlsx", good, Map.of());
        put(bucket, "in/DELTA_2701-02-01.xlsx", good, Map.of());
        put(bucket, "in/ECHO_2801-02-01.xlsx", missingSheets, Map.of());
        long rowsBefore = pricingRows();
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<CliResult>> tasks = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            tasks.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                return task("--source", "s3://" + bucket + "/in");
            }));
        }
        start.countDown();
        List<CliResult> results = tasks.stream().map(CompletableFuture::join).toList();

        String both = results.get(0).all() + results.get(1).all();
        for (CliResult result : results) {
            assertThat(result.exitCode()).as(both).isEqualTo(1);
            assertThat(result.out()).as(both).contains("ECHO_2801-02-01.xlsx: FAILED", "3 workbooks: ");
        }
        for (String code : List.of("CHARLIE", "DELTA")) {
            assertThat(matches(both, "imported 67,743 rows as contract " + code + " ")).as(both).isEqualTo(1);
            assertThat(matches(both, "skipped, contract " + code + " ")).as(both).isEqualTo(1);
            assertThat(db.column("SELECT count(*) FROM re_contracts WHERE code = '" + code + "'")).containsExactly("1");
        }
        assertThat(pricingRows() - rowsBefore).isEqualTo(2L * ROWS_PER_IMPORT);
        assertThat(keys(bucket, "in/")).contains("in/CHARLIE_2601-02-01.report.html", "in/DELTA_2701-02-01.report.html",
                "in/ECHO_2801-02-01.report.txt");
        assertThat(read(bucket, "in/DELTA_2701-02-01.report.txt")).contains("Rows written for contract DELTA");
    }

    @Test
    void nothingToDoExitsZero() {
        String bucket = server.newBucket("empty");
        put(bucket, "elsewhere/ZULU_2901-02-01.xlsx", good, Map.of());

        CliResult result = task("--source", "s3://" + bucket + "/templates/");

        assertThat(result.exitCode()).as(result.all()).isZero();
        assertThat(result.out()).isEqualTo("No .xlsx workbooks under s3://" + bucket + "/templates; nothing to do.\n");
    }

    @Test
    void badSourcesAreUsageErrors() {
        CliResult notS3 = task("--source", "templates/");
        assertThat(notS3.exitCode()).as(notS3.all()).isEqualTo(2);
        assertThat(notS3.err()).contains("--source", "must be an s3://bucket/prefix URL, not \"templates/\"");

        CliResult noBucket = task("--source", "s3://never-created-bucket/templates");
        assertThat(noBucket.exitCode()).as(noBucket.all()).isEqualTo(2);
        assertThat(noBucket.err()).contains("s3://never-created-bucket/templates").doesNotContain("\tat ");
    }

    private CliResult task(String... args) {
        List<String> all = new ArrayList<>(List.of("pricing", "task"));
        all.addAll(List.of(args));
        all.addAll(List.of("--s3-endpoint", server.endpoint().toString(), "--aws-region", S3TestServer.REGION));
        return CliResult.run(db, all.toArray(String[]::new));
    }

    private void put(String bucket, String key, byte[] bytes, Map<String, String> metadata) {
        s3.putObject(p -> p.bucket(bucket).key(key).metadata(metadata), RequestBody.fromBytes(bytes));
    }

    private List<String> keys(String bucket, String prefix) {
        return s3.listObjectsV2Paginator(l -> l.bucket(bucket).prefix(prefix)).contents().stream().map(S3Object::key).toList();
    }

    private String read(String bucket, String key) {
        return s3.getObjectAsBytes(g -> g.bucket(bucket).key(key)).asUtf8String();
    }

    /** Rows in all re_* tables together. */
    private long pricingRows() throws Exception {
        return Long.parseLong(db.column("SELECT sum((xpath('/row/n/text()', query_to_xml('SELECT count(*) AS n FROM '"
                + " || quote_ident(table_name), false, true, '')))[1]::text::bigint) FROM information_schema.tables"
                + " WHERE table_schema = 'public' AND table_name LIKE 're\\_%'").get(0));
    }

    private static int matches(String text, String fragment) {
        return (int) Pattern.compile(Pattern.quote(fragment)).matcher(text).results().count();
    }
}
