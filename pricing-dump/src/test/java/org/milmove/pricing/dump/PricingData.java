package org.milmove.pricing.dump;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.milmove.flyway.compat.sql.MilMoveSql;
import org.milmove.flyway.manifest.MilMoveConventions;
import org.milmove.pricing.ReSchema;
import org.milmove.testsupport.TestDatabase;

/** Test databases with the re_* schema, a table of awkward values, and some pricing rows to dump. */
final class PricingData {
    private static final String MIGRATION = "20990101000000_pricing_data.up.sql";
    /**
     * Values that COPY text format must escape, types whose text form is easy to get wrong, and first values that
     * MilMove's migrator would strip.
     */
    static final String TRICKY_TABLE = """
            CREATE TABLE re_tricky_values (
                id integer PRIMARY KEY,
                label text,
                amount numeric(30, 15),
                day date,
                at timestamptz,
                ref uuid,
                tags text[],
                doc jsonb,
                raw bytea
            );
            CREATE TABLE re_tricky_keys (
                code text PRIMARY KEY,
                note text
            )""";
    static final String TRICKY_ROWS = """
            INSERT INTO re_tricky_values (id, label) VALUES
                (1, NULL), (2, ''), (3, E'tab\\there'), (4, E'line1\\nline2'), (5, 'C:\\path\\to\\file'),
                (6, E'before\\n\\\\.\\nafter'), (7, E'\\\\.'), (8, 'Zürich — 東京 🚚'), (9, E'carriage\\rreturn'),
                (10, 'NULL'), (11, E'\\\\N'), (12, ' leading and trailing ');
            INSERT INTO re_tricky_values VALUES
                (13, 'all types', 12345678901234.123456789012345, '1999-12-31', '2024-02-29 23:59:59.999999+00',
                 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', ARRAY['a', 'b c', NULL, 'd"e', 'f\\g', '', E'h\\ni'],
                 '{"k": "v\\n", "n": 1.50, "nested": [1, null, "\\\\."]}', '\\x00ff5c0a'),
                (14, NULL, -0.000000000000001, '0001-01-01', '-infinity', NULL, '{}', 'null', ''),
                (15, NULL, NULL, 'infinity', NULL, NULL, NULL, NULL, NULL);
            INSERT INTO re_tricky_keys (code, note) VALUES
                ('plain', 'dashes -- question? semicolon; quote '' are plain COPY data'), ('null note', NULL),
                (' leading space', 'MilMove strips whitespace at the start of a line'), (chr(160) || 'no-break space', ''),
                (chr(8195) || 'em space', ''), ('', 'an empty first value starts the line with a TAB'),
                ('search path', 'SELECT pg_catalog.set_config(''search_path'', '''', false);')""";

    private PricingData() {
    }

    /** The project's migrations plus the awkward-values tables, no data outside re_services. */
    static void schema(TestDatabase db) throws SQLException {
        ReSchema.apply(db);
        execute(db, TRICKY_TABLE);
    }

    /** Rows in tables whose name order is not their foreign key order (re_contract_years before re_contracts). */
    static void rows(TestDatabase db) throws SQLException {
        execute(db, TRICKY_ROWS);
        execute(db, """
                INSERT INTO re_contracts (id, code, name, created_at, updated_at) VALUES
                    ('00000000-0000-0000-0000-000000000001', 'TRUSS_TEST', 'Truss test', now(), now()),
                    ('00000000-0000-0000-0000-000000000002', 'OTHER', 'Other', now(), now());
                INSERT INTO re_contract_years (id, contract_id, name, start_date, end_date, escalation,
                        escalation_compounded, created_at, updated_at)
                    SELECT gen_random_uuid(), '00000000-0000-0000-0000-000000000001', 'Year ' || y,
                           make_date(2019 + y, 6, 1), make_date(2020 + y, 5, 31), 1.01970, power(1.0197, y), now(), now()
                    FROM generate_series(1, 4) y;
                INSERT INTO re_domestic_service_areas (id, contract_id, service_area, services_schedule, sit_pd_schedule,
                        created_at, updated_at)
                    SELECT gen_random_uuid(), c.id, lpad(a::text, 3, '0'), 1 + a % 3, 1 + (a + 1) % 3, now(), now()
                    FROM re_contracts c, generate_series(1, 30) a;
                INSERT INTO re_rate_areas (id, contract_id, is_oconus, code, name, created_at, updated_at)
                    SELECT gen_random_uuid(), c.id, r > 20, 'US' || r, 'Area ' || r, now(), now()
                    FROM re_contracts c, generate_series(1, 25) r;
                INSERT INTO re_zip3s (id, contract_id, zip3, base_point_city, state, domestic_service_area_id,
                        rate_area_id, created_at, updated_at)
                    SELECT gen_random_uuid(), a.contract_id,
                           lpad((row_number() OVER (PARTITION BY a.contract_id ORDER BY a.service_area, z))::text, 3, '0'),
                           'City ' || z, 'ST', a.id,
                           (SELECT r.id FROM re_rate_areas r WHERE r.contract_id = a.contract_id ORDER BY r.code LIMIT 1),
                           now(), now()
                    FROM re_domestic_service_areas a, generate_series(1, 3) z;
                INSERT INTO re_domestic_service_area_prices (id, contract_id, service_id, is_peak_period,
                        domestic_service_area_id, price_cents, created_at, updated_at)
                    SELECT gen_random_uuid(), a.contract_id, s.id, p, a.id, 100 + length(a.service_area), now(), now()
                    FROM re_domestic_service_areas a, re_services s, (VALUES (true), (false)) v(p)
                    WHERE s.code IN ('DSH', 'DOP', 'DDP')""");
    }

    static TestDatabase createDatabase(TestDatabase db, String suffix) throws SQLException {
        TestDatabase other = db.withName(db.name() + "_" + suffix);
        execute(db, "DROP DATABASE IF EXISTS " + other.name() + " WITH (FORCE)");
        execute(db, "CREATE DATABASE " + other.name());
        return other;
    }

    static void drop(TestDatabase admin, TestDatabase other) throws SQLException {
        execute(admin, "DROP DATABASE IF EXISTS " + other.name() + " WITH (FORCE)");
    }

    /** Applies a dump the way production does: as one migration through Flyway. */
    static void applyThroughFlyway(TestDatabase target, Path dump) throws Exception {
        Path dir = Files.createTempDirectory("dump-migration");
        Files.copy(dump, dir.resolve(MIGRATION));
        migrate(target, dir);
    }

    private static void migrate(TestDatabase target, Path dir) {
        MilMoveConventions.apply(Flyway.configure())
                .dataSource(target.dataSource())
                .locations("filesystem:" + dir)
                .validateOnMigrate(false)
                .load()
                .migrate();
    }

    /**
     * Applies the statements MilMove's Go migrator executes for the file ({@link MilMoveSql#replay}: its line
     * processing, statement splitter and COPY reading, silent losses included) through Flyway: the second way a dump
     * must load. (pop's rewriting of {@code ?} is not reproduced: the dump's line checks keep {@code ?} out of its
     * statements.)
     */
    static void applyAsMilMoveRanIt(TestDatabase target, Path dump) throws Exception {
        String statements;
        try (Reader reader = Files.newBufferedReader(dump)) {
            statements = MilMoveSql.replay(reader);
        }
        Path dir = Files.createTempDirectory("replayed-migration");
        Files.writeString(dir.resolve(MIGRATION), statements);
        migrate(target, dir);
    }

    /** Per dumped re_* table: row count and a hash of the rows' text, in a stable order. */
    static Map<String, String> contents(TestDatabase db) throws SQLException {
        Map<String, String> contents = new LinkedHashMap<>();
        for (String table : tables(db)) {
            try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT count(*) || ' rows, ' || md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), ''))"
                            + " FROM " + table + " t")) {
                rs.next();
                contents.put(table, rs.getString(1));
            }
        }
        return contents;
    }

    static List<String> tables(TestDatabase db) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename LIKE 're\\_%'"
                        + " AND tablename NOT LIKE 're\\_services%' ORDER BY 1")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        return tables;
    }

    static void execute(TestDatabase db, String sql) throws SQLException {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
