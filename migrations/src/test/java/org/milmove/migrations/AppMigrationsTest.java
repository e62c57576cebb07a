package org.milmove.migrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateOutput;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.milmove.flyway.manifest.Manifest;
import org.milmove.flyway.manifest.ManifestEntry;
import org.milmove.flyway.manifest.MilMoveConventions;
import org.milmove.testsupport.TestDatabase;
import org.milmove.testsupport.WithPostgres;

@WithPostgres
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AppMigrationsTest {
    private static final Path APP = Path.of("app");
    private static final List<Path> MIGRATION_DIRS = List.of(APP.resolve("schema"), APP.resolve("secure"));

    private static final List<String> RE_TABLES = List.of(
            "re_contracts", "re_contract_years", "re_domestic_service_areas", "re_zip3s", "re_rate_areas",
            "re_zip5_rate_areas", "re_services", "re_domestic_linehaul_prices", "re_domestic_service_area_prices",
            "re_domestic_other_prices", "re_intl_prices", "re_intl_other_prices", "re_task_order_fees",
            "re_domestic_accessorial_prices", "re_intl_accessorial_prices", "re_shipment_type_prices");

    private static final List<String> SERVICE_CODES = List.of(
            "CS", "MS", "DSH", "DOP", "DDP", "DOFSIT", "DDFSIT", "DOASIT", "DDASIT", "DPK", "DUPK", "DOPSIT", "DDDSIT",
            "ISLH", "UBP", "IHPK", "IHUPK", "IUBPK", "IUBUPK", "IOFSIT", "IDFSIT", "IOASIT", "IDASIT", "IOPSIT",
            "IDDSIT", "DCRT", "DCRTSA", "DUCRT", "DDSHUT", "DOSHUT", "ICRT", "IUCRT", "IDSHUT", "IOSHUT", "DMHF",
            "DBTF", "IBTF", "DBHF", "IBHF", "DNPK", "INPK");

    private static final List<String> UNIQUE_KEYS = List.of(
            "re_contracts (code)",
            "re_domestic_accessorial_prices (contract_id, service_id, services_schedule)",
            "re_domestic_linehaul_prices (contract_id, weight_lower, weight_upper, miles_lower, miles_upper,"
                    + " is_peak_period, domestic_service_area_id)",
            "re_domestic_other_prices (contract_id, service_id, is_peak_period, schedule)",
            "re_domestic_service_area_prices (contract_id, service_id, is_peak_period, domestic_service_area_id)",
            "re_domestic_service_areas (contract_id, service_area)",
            "re_intl_accessorial_prices (contract_id, service_id, market)",
            "re_intl_other_prices (contract_id, service_id, is_peak_period, rate_area_id, is_less_50_miles)",
            "re_intl_prices (contract_id, service_id, is_peak_period, origin_rate_area_id, destination_rate_area_id)",
            "re_rate_areas (contract_id, code)",
            "re_services (code)",
            "re_shipment_type_prices (contract_id, service_id, market)",
            "re_task_order_fees (contract_year_id, service_id)",
            "re_zip3s (contract_id, zip3)",
            "re_zip5_rate_areas (contract_id, zip5)");

    private static final Map<String, String> FK_TARGETS = Map.of(
            "contract_id", "re_contracts",
            "contract_year_id", "re_contract_years",
            "domestic_service_area_id", "re_domestic_service_areas",
            "rate_area_id", "re_rate_areas",
            "origin_rate_area_id", "re_rate_areas",
            "destination_rate_area_id", "re_rate_areas",
            "service_id", "re_services");

    private static final String RE_TABLE = "c.relnamespace = 'public'::regnamespace AND c.relkind = 'r' AND c.relname LIKE 're\\_%'";
    private static final String CONTRACT_A = "c0000000-0000-0000-0000-00000000000a";
    private static final String CONTRACT_B = "c0000000-0000-0000-0000-00000000000b";
    private static final String SERVICE_AREA = "5a000000-0000-0000-0000-000000000001";

    private final TestDatabase db;
    private MigrateResult firstRun;

    AppMigrationsTest(TestDatabase db) {
        this.db = db;
    }

    @BeforeAll
    void migrate() {
        firstRun = flyway().migrate();
    }

    @Test
    void migrateAppliesEveryFileAndASecondRunAppliesNothing() throws IOException {
        List<String> versions = migrationFiles().stream().map(f -> fileName(f).substring(0, fileName(f).indexOf('_'))).toList();

        assertThat(firstRun.success).isTrue();
        assertThat(firstRun.migrations).extracting((MigrateOutput m) -> m.version).containsExactlyElementsOf(versions);
        assertThat(flyway().migrate().migrationsExecuted).isZero();
        assertThat(flyway().info().pending()).isEmpty();
    }

    @Test
    void createsTheReTablesWithOnlyTheServicesSeeded() throws SQLException {
        assertThat(db.column("SELECT c.relname FROM pg_class c WHERE " + RE_TABLE)).containsExactlyInAnyOrderElementsOf(RE_TABLES);
        assertThat(db.column("SELECT code FROM re_services")).containsExactlyInAnyOrderElementsOf(SERVICE_CODES);
        for (String table : RE_TABLES.stream().filter(t -> !t.equals("re_services")).toList()) {
            assertThat(db.column("SELECT count(*) FROM " + table)).as(table).containsExactly("0");
        }
    }

    @Test
    void everyTableAndColumnHasAComment() throws SQLException {
        assertThat(db.column("SELECT c.relname FROM pg_class c WHERE " + RE_TABLE
                + " AND coalesce(btrim(obj_description(c.oid, 'pg_class')), '') = '' ORDER BY 1"))
                .as("re_* tables without a comment").isEmpty();
        assertThat(db.column("SELECT c.relname || '.' || a.attname FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid"
                + " WHERE " + RE_TABLE + " AND a.attnum > 0 AND NOT a.attisdropped"
                + " AND a.attname NOT IN ('id', 'created_at', 'updated_at')"
                + " AND coalesce(btrim(col_description(c.oid, a.attnum)), '') = '' ORDER BY 1"))
                .as("re_* columns without a comment").isEmpty();
    }

    @Test
    void everyTableHasAUuidKeyWithoutDefaultAndTimestamps() throws SQLException {
        List<String> expected = RE_TABLES.stream().flatMap(t -> Stream.of(
                t + ".id uuid NO null", t + ".created_at timestamp without time zone NO null",
                t + ".updated_at timestamp without time zone NO null")).toList();

        assertThat(db.column("SELECT table_name || '.' || column_name || ' ' || data_type || ' ' || is_nullable || ' '"
                + " || coalesce(column_default, 'null') FROM information_schema.columns"
                + " WHERE table_schema = 'public' AND table_name LIKE 're\\_%' AND column_name IN ('id', 'created_at', 'updated_at')"))
                .containsExactlyInAnyOrderElementsOf(expected);
        assertThat(db.column("SELECT c.relname FROM pg_class c WHERE " + RE_TABLE + " AND NOT EXISTS (SELECT 1 FROM pg_index i"
                + " JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = i.indkey[0]"
                + " WHERE i.indrelid = c.oid AND i.indisprimary AND i.indnatts = 1 AND a.attname = 'id')"))
                .as("re_* tables whose primary key is not (id)").isEmpty();
    }

    @Test
    void foreignKeysPointWhereTheImportExpectsAndAreIndexed() throws SQLException {
        assertThat(db.column("SELECT c.relname FROM pg_class c WHERE " + RE_TABLE
                + " AND c.relname NOT IN ('re_contracts', 're_services')"
                + " AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conrelid = c.oid AND k.contype = 'f')"))
                .as("re_* tables without a foreign key").isEmpty();

        List<String> references = db.column("SELECT c.relname || '.' || a.attname || ' -> ' || coalesce(r.relname, 'nothing')"
                + " FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid"
                + " LEFT JOIN pg_constraint k ON k.conrelid = c.oid AND k.contype = 'f' AND k.conkey = ARRAY[a.attnum]"
                + " LEFT JOIN pg_class r ON r.oid = k.confrelid"
                + " WHERE " + RE_TABLE + " AND a.attnum > 0 AND a.attname LIKE '%\\_id'");
        assertThat(references).isNotEmpty().allSatisfy(reference -> assertThat(reference).endsWith(" -> " + expectedTarget(reference)));

        assertThat(db.column("SELECT c.relname || '.' || a.attname FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid"
                + " JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.conkey[1]"
                + " WHERE k.contype = 'f' AND " + RE_TABLE
                + " AND NOT EXISTS (SELECT 1 FROM pg_index i WHERE i.indrelid = c.oid AND i.indkey[0] = a.attnum)"))
                .as("foreign key columns that no index starts with").isEmpty();
    }

    private static String expectedTarget(String reference) {
        String column = reference.substring(reference.indexOf('.') + 1, reference.indexOf(' '));
        return FK_TARGETS.getOrDefault(column, "a known table");
    }

    @Test
    void uniqueKeysAreThoseTheImportRelies() throws SQLException {
        assertThat(db.column("SELECT c.relname || ' (' || string_agg(a.attname, ', ' ORDER BY u.ord) || ')'"
                + " FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid"
                + " CROSS JOIN LATERAL unnest(k.conkey) WITH ORDINALITY AS u(attnum, ord)"
                + " JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = u.attnum"
                + " WHERE k.contype = 'u' AND " + RE_TABLE + " GROUP BY c.relname, k.conname"))
                .containsExactlyInAnyOrderElementsOf(UNIQUE_KEYS);
    }

    @Test
    void duplicatesViolateTheUniqueKeys() throws SQLException {
        assertViolates("23505", contract(CONTRACT_A, "A"), contract(CONTRACT_B, "A"));
        assertViolates("23505", "INSERT INTO re_services (id, code, name, created_at, updated_at)"
                + " VALUES ('5e000000-0000-0000-0000-000000000001', 'DSH', 'Again', now(), now())");
        assertViolates("23505", contract(CONTRACT_A, "A"), contract(CONTRACT_B, "B"), serviceArea(),
                zip3(CONTRACT_A, "042"), zip3(CONTRACT_B, "042"), zip3(CONTRACT_A, "042"));
    }

    @Test
    void contractYearsOfAllContractsMustNotOverlap() throws SQLException {
        assertViolates("23P01", contract(CONTRACT_A, "A"), contract(CONTRACT_B, "B"),
                contractYear(CONTRACT_A, "2021-02-01", "2022-01-31"), contractYear(CONTRACT_A, "2022-02-01", "2023-01-31"),
                contractYear(CONTRACT_B, "2023-01-31", "2024-01-30"));
    }

    @Test
    void checkConstraintsRejectWhatTheImportValidates() throws SQLException {
        assertViolates("23514", contract(CONTRACT_A, "A"), contractYear(CONTRACT_A, "2021-02-01", "2021-02-01"));
        assertViolates("23514", contract(CONTRACT_A, "A"), serviceArea(), zip3(CONTRACT_A, "42"));
        assertViolates("23514", contract(CONTRACT_A, ""));
        assertViolates("23514", contract(CONTRACT_A, "A"),
                "INSERT INTO re_domestic_service_areas (id, contract_id, service_area, services_schedule, sit_pd_schedule,"
                        + " created_at, updated_at) VALUES (gen_random_uuid(), '" + CONTRACT_A + "', '005', 4, 1, now(), now())");
        assertViolates("23514", contract(CONTRACT_A, "A"),
                "INSERT INTO re_shipment_type_prices (id, contract_id, service_id, market, factor, created_at, updated_at)"
                        + " SELECT gen_random_uuid(), '" + CONTRACT_A + "', id, 'X', 1.20, now(), now() FROM re_services WHERE code = 'DMHF'");
    }

    @Test
    void manifestListsExactlyTheMigrationFilesSorted() throws IOException {
        List<String> listed = Manifest.read(APP.resolve("migrations_manifest.txt")).entries().stream()
                .map(ManifestEntry::fileName).toList();

        assertThat(listed).containsExactlyElementsOf(migrationFiles().stream().map(AppMigrationsTest::fileName).toList());
    }

    @Test
    void migrationFilesFollowTheNamingAndIdConventions() throws IOException {
        List<String> names = migrationFiles().stream().map(AppMigrationsTest::fileName).toList();
        List<String> generatingIds = new ArrayList<>();
        for (Path file : migrationFiles()) {
            String sql = Files.readString(file);
            if (sql.contains("uuid_generate_v4") || sql.contains("gen_random_uuid")) {
                generatingIds.add(fileName(file));
            }
        }

        assertThat(names).allMatch(n -> n.matches("\\d{14}_[a-z0-9_]+\\.up\\.sql"), "<timestamp>_<snake_case>.up.sql");
        assertThat(generatingIds).as("migrations that generate ids instead of writing them out").isEmpty();
    }

    private Flyway flyway() {
        return MilMoveConventions.apply(Flyway.configure())
                .dataSource(db.dataSource())
                .locations(MIGRATION_DIRS.stream().map(d -> "filesystem:" + d.toAbsolutePath()).toArray(String[]::new))
                .load();
    }

    private static List<Path> migrationFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path dir : MIGRATION_DIRS) {
            try (Stream<Path> listing = Files.list(dir)) {
                listing.filter(Files::isRegularFile).forEach(files::add);
            }
        }
        files.sort((a, b) -> fileName(a).compareTo(fileName(b)));
        return files;
    }

    private static String fileName(Path file) {
        return file.getFileName().toString();
    }

    private static String contract(String id, String code) {
        return "INSERT INTO re_contracts (id, code, name, created_at, updated_at)"
                + " VALUES ('" + id + "', '" + code + "', 'Test contract', now(), now())";
    }

    private static String contractYear(String contractId, String start, String end) {
        return "INSERT INTO re_contract_years (id, contract_id, name, start_date, end_date, escalation, escalation_compounded,"
                + " created_at, updated_at) VALUES (gen_random_uuid(), '" + contractId + "', 'Year', '" + start + "', '" + end
                + "', 1.0197, 1.04071, now(), now())";
    }

    private static String serviceArea() {
        return "INSERT INTO re_domestic_service_areas (id, contract_id, service_area, services_schedule, sit_pd_schedule,"
                + " created_at, updated_at) VALUES ('" + SERVICE_AREA + "', '" + CONTRACT_A + "', '004', 2, 2, now(), now())";
    }

    private static String zip3(String contractId, String zip3) {
        return "INSERT INTO re_zip3s (id, contract_id, zip3, base_point_city, state, domestic_service_area_id,"
                + " created_at, updated_at) VALUES (gen_random_uuid(), '" + contractId + "', '" + zip3 + "', 'Birmingham', 'AL', '"
                + SERVICE_AREA + "', now(), now())";
    }

    /** Runs every statement but the last, which must fail with {@code sqlState}; rolls everything back. */
    private void assertViolates(String sqlState, String... statements) throws SQLException {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            try {
                for (String setup : List.of(statements).subList(0, statements.length - 1)) {
                    s.execute(setup);
                }
                String last = statements[statements.length - 1];
                assertThatThrownBy(() -> s.execute(last)).as(last)
                        .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo(sqlState));
            } finally {
                c.rollback();
            }
        }
    }

}
