package org.milmove.pricing.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.milmove.pricing.ReSchema;
import org.milmove.pricing.fixture.TemplateFixture;
import org.milmove.pricing.importer.PricingImporter.Contract;
import org.milmove.pricing.template.PricingWorkbook;
import org.milmove.pricing.template.StagedTemplate;
import org.milmove.pricing.template.TemplateException;
import org.milmove.pricing.template.TemplateParser;
import org.milmove.testsupport.TestDatabase;
import org.milmove.testsupport.WithPostgres;

@WithPostgres
class PricingImporterTest {
    static final Map<String, Integer> EXPECTED = expected();
    /** Far from the reference import's years, so that a failing import fails for its own reason, not an overlap. */
    static final LocalDate OTHER_START = LocalDate.of(2301, 2, 1);

    @TempDir
    static Path dir;
    static PricingImporter.Result imported;
    final TestDatabase db;

    PricingImporterTest(TestDatabase db) {
        this.db = db;
    }

    @BeforeAll
    static void importTheReferenceWorkbook(TestDatabase db) throws Exception {
        ReSchema.apply(db);
        Path file = TemplateFixture.fromGoldens().write(dir.resolve("reference.xlsx"));
        try (Connection c = db.connect()) {
            imported = PricingImporter.importTemplate(c, parse(file), new Contract("FAKE2019", "", null));
        }
    }

    static StagedTemplate parse(Path file) {
        try (PricingWorkbook workbook = PricingWorkbook.open(file)) {
            return TemplateParser.parse(workbook, TemplateParser.ALL_SHEETS, TemplateParser.Progress.NONE);
        }
    }

    private static Map<String, Integer> expected() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("re_contracts", 1);
        counts.put("re_contract_years", 8);
        counts.put("re_domestic_service_areas", 226);
        counts.put("re_zip3s", 908);
        counts.put("re_rate_areas", 120);
        counts.put("re_zip5_rate_areas", 922);
        counts.put("re_domestic_linehaul_prices", 13_560);
        counts.put("re_domestic_service_area_prices", 3_164);
        counts.put("re_domestic_other_prices", 24);
        counts.put("re_intl_prices", 46_364);
        counts.put("re_intl_other_prices", 2_400);
        counts.put("re_task_order_fees", 16);
        counts.put("re_domestic_accessorial_prices", 15);
        counts.put("re_intl_accessorial_prices", 8);
        counts.put("re_shipment_type_prices", 7);
        return counts;
    }

    @Test
    void writesTheExpectedRowsPerTable() throws Exception {
        assertThat(imported.rowsWritten()).containsExactlyEntriesOf(EXPECTED);
        assertThat(imported.totalRows()).isEqualTo(67_743);
        assertThat(tableCounts()).isEqualTo(EXPECTED);
    }

    @Test
    void storesALinehaulPriceInMillicents() throws Exception {
        assertThat(queryInt("""
                SELECT p.price_millicents FROM re_domestic_linehaul_prices p
                JOIN re_domestic_service_areas a ON a.id = p.domestic_service_area_id
                WHERE a.service_area = '004' AND NOT p.is_peak_period
                  AND p.weight_lower = 500 AND p.miles_lower = 0 AND p.miles_upper = 250""")).isEqualTo(247_700);
    }

    @Test
    void compoundsTheEscalationAndDatesTheContractYears() throws Exception {
        try (Connection c = db.connect(); ResultSet rs = c.createStatement().executeQuery("""
                SELECT escalation, escalation_compounded, start_date, end_date FROM re_contract_years
                WHERE name = 'Base Period Year 3'""")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getBigDecimal(1)).isEqualByComparingTo(new BigDecimal("1.0197"));
            assertThat(rs.getBigDecimal(2)).isEqualByComparingTo(new BigDecimal("1.04071"));
            assertThat(rs.getObject(3, LocalDate.class)).isEqualTo(LocalDate.of(2023, 2, 1));
            assertThat(rs.getObject(4, LocalDate.class)).isEqualTo(LocalDate.of(2024, 1, 31));
        }
    }

    @Test
    void mapsZip3sToRateAreasAndMarksTheOnesWithSeveral() throws Exception {
        assertThat(queryText("""
                SELECT coalesce(r.code, '-') || ' ' || z.has_multiple_rate_areas FROM re_zip3s z
                LEFT JOIN re_rate_areas r ON r.id = z.rate_area_id WHERE z.zip3 = '321'""")).isEqualTo("- true");
        assertThat(queryText("""
                SELECT r.code || ' ' || z.has_multiple_rate_areas FROM re_zip3s z
                JOIN re_rate_areas r ON r.id = z.rate_area_id WHERE z.zip3 = '010'""")).isEqualTo("US14 false");
        assertThat(queryInt("SELECT count(*) FROM re_zip3s WHERE has_multiple_rate_areas")).isEqualTo(15);
        assertThat(queryText("""
                SELECT string_agg(DISTINCT r.code, ',' ORDER BY r.code) FROM re_zip5_rate_areas z
                JOIN re_rate_areas r ON r.id = z.rate_area_id WHERE z.zip5 LIKE '321%'""")).isEqualTo("US49,US4964400");
    }

    @Test
    void samplesShowReadableRowsOfEveryTable() throws Exception {
        try (Connection c = db.connect()) {
            var samples = org.milmove.pricing.report.Samples.of(c, imported.contractId(), 3);

            assertThat(samples).extracting(s -> s.table()).containsExactlyElementsOf(EXPECTED.keySet());
            assertThat(samples).allSatisfy(s -> assertThat(s.rows()).isNotEmpty());
            assertThat(samples.get(6).rows().get(0)).containsExactly("004", "f", "500", "4999", "0", "250", "247700");
        }
    }

    @Test
    void goAddDateRollsFebruary29OverToMarch1() {
        LocalDate leap = LocalDate.of(2024, 2, 29);
        assertThat(Conversions.addDate(leap, 1, 0, 0)).isEqualTo(LocalDate.of(2025, 3, 1));
        assertThat(Conversions.addDate(Conversions.addDate(leap, 1, 0, -1), 1, 0, 0)).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(Conversions.millicents("$2.477")).isEqualTo(247_700);
        assertThatThrownBy(() -> Conversions.cents("$ 450.18")).hasMessageContaining("\"$ 450.18\"");
    }

    @Test
    void aReusedContractCodeIsRefused() throws Exception {
        assertFailsAndChangesNothing(TemplateFixture.fromGoldens(), new Contract("FAKE2019", "again", OTHER_START),
                "Contract code FAKE2019 already exists");
    }

    @Test
    void aHeaderMovedByOneColumnIsRefused() throws Exception {
        TemplateFixture fixture = TemplateFixture.fromGoldens();
        for (int col = 5; col >= 2; col--) {
            fixture.set(4, 8, col + 1, fixture.get(4, 8, col));
        }
        fixture.clear(4, 8, 2);
        assertFailsAndChangesNothing(fixture, new Contract("MOVED", "", OTHER_START),
                "sheet 4 (1b) Service Areas), cell C9: expected \"Base Point City\", found \"\"");
    }

    @Test
    void aMissingSheetIsRefused() throws Exception {
        Path file = TemplateFixture.fromGoldens().write(dir.resolve("short.xlsx"), 18);
        int before = totalRows();
        assertThatThrownBy(() -> parse(file)).isInstanceOf(TemplateException.class)
                .hasMessageContaining("has 18 sheets, so sheet 18 (expected tab \"5b) Price Escalation Discount\") is missing");
        assertThat(totalRows()).isEqualTo(before);
    }

    @Test
    void aZip3UnderTwoServiceAreasIsRefused() throws Exception {
        TemplateFixture fixture = TemplateFixture.fromGoldens();
        fixture.set(4, 10, 5, "796,173");
        assertFailsAndChangesNothing(fixture, new Contract("DUPZIP", "", OTHER_START),
                "sheet 4 (1b) Service Areas), row 11: zip3 173 is listed under service area 736"
                        + " and already under service area 672 (row 10)");
    }

    @Test
    void anUnknownServiceAreaIsRefused() throws Exception {
        TemplateFixture fixture = TemplateFixture.fromGoldens();
        fixture.set(6, 20, 2, "999");
        assertFailsAndChangesNothing(fixture, new Contract("UNKNOWN", "", OTHER_START),
                "sheet 6 (2a) Domestic Linehaul Prices), row 21: service area 999 is not in sheet 4 (1b) Service Areas)");
    }

    private void assertFailsAndChangesNothing(TemplateFixture fixture, Contract contract, String message)
            throws Exception {
        Path file = fixture.write(dir.resolve(contract.code() + ".xlsx"));
        int before = totalRows();
        try (Connection c = db.connect()) {
            assertThatThrownBy(() -> PricingImporter.importTemplate(c, parse(file), contract))
                    .isInstanceOf(RuntimeException.class)
                    .hasMessageContaining(message);
        }
        assertThat(totalRows()).isEqualTo(before);
        assertThat(queryInt("SELECT count(*) FROM re_contracts")).isEqualTo(1);
    }

    private Map<String, Integer> tableCounts() throws Exception {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String table : EXPECTED.keySet()) {
            counts.put(table, queryInt("SELECT count(*) FROM " + table));
        }
        return counts;
    }

    private int totalRows() throws Exception {
        return tableCounts().values().stream().mapToInt(Integer::intValue).sum();
    }

    private int queryInt(String sql) throws Exception {
        return Integer.parseInt(queryText(sql));
    }

    private String queryText(String sql) throws Exception {
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            assertThat(rs.next()).isTrue();
            return rs.getString(1);
        }
    }
}
