package org.milmove.flyway.compat.fizz;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.milmove.testsupport.TestDatabase;
import org.milmove.testsupport.WithPostgres;

/** Translated fizz runs on PostgreSQL 15 and leaves the columns, defaults and names that MilMove's database has. */
@WithPostgres
class FizzOnPostgresTest {
    /** A MilMove-shaped chain of migrations, in version order. */
    private static final Map<String, String> MIGRATIONS = new LinkedHashMap<>();

    static {
        MIGRATIONS.put("20180101000000_create_tables.up.fizz", """
                create_table("duty_stations") {
                	t.Column("id", "uuid", {"primary": true})
                	t.Column("name", "string", {})
                	t.Timestamps()
                }
                create_table("service_members") {
                	t.Column("id", "uuid", {"primary": true})
                	t.Column("edipi", "string", {"null": true, "size": 10})
                	t.Timestamps()
                }
                create_table("documents") {
                	t.Column("id", "uuid", {"primary": true})
                	t.Column("service_member_id", "uuid", {})
                	t.Column("uploader_id", "uuid", {})
                	t.ForeignKey("service_member_id", {"service_members": ["id"]}, {"on_delete": "cascade"})
                	t.ForeignKey("uploader_id", {"service_members": ["id"]}, {})
                	t.Timestamps()
                }
                """);
        MIGRATIONS.put("20180102000000_add_columns.up.fizz", """
                add_column("documents", "status", "string", {"default": "DRAFT"})
                add_column("documents", "reviewed", "bool", {"default": false})
                add_column("service_members", "duty_station_id", "uuid", {"null": true})
                add_column("service_members", "locator", "char(6)", {"null": false})
                """);
        MIGRATIONS.put("20180103000000_change_and_index.up.fizz", """
                change_column("documents", "reviewed", "bool", {})
                change_column("service_members", "edipi", "string", {"size": 20, "null": true})
                add_index("documents", ["service_member_id", "status"], {})
                add_index("service_members", "edipi", {"unique": true, "name": "service_members_edipi_unique"})
                add_index("service_members", ["duty_station_id", "locator", "created_at", "updated_at", "edipi"], {})
                add_foreign_key("service_members", "duty_station_id", {"duty_stations": ["id"]}, {"on_delete": "SET NULL"})
                """);
        MIGRATIONS.put("20180503160010_drop_uploader_fk.up.fizz", """
                drop_foreign_key("documents", "documents_uploader_id_fkey", {})
                drop_foreign_key("documents", "no_such_constraint", {"if_exists": true})
                rename_column("documents", "uploader_id", "uploaded_by")
                sql("INSERT INTO duty_stations (id, name, created_at, updated_at)
                	VALUES ('2a5cf4b6-5d2b-4b4e-8d4a-3f0c2f6f4a10', 'Fort Bragg', now(), now())")
                """);
    }

    private final TestDatabase db;

    FizzOnPostgresTest(TestDatabase db) {
        this.db = db;
    }

    @BeforeEach
    void emptyDatabase() throws SQLException {
        db.emptyPublicSchema();
    }

    @Test
    void aTranslatedChainLeavesTheCatalogFizzWouldHave() throws SQLException {
        for (var migration : MIGRATIONS.entrySet()) {
            // One multi-statement execute per file, as MilMove's pop runs it.
            db.execute(Fizz.toSql(migration.getKey(), migration.getValue()));
        }

        assertThat(columns("documents")).containsExactly(
                "id uuid NOT NULL",
                "service_member_id uuid NOT NULL",
                "uploaded_by uuid NOT NULL",
                "created_at timestamp without time zone NOT NULL",
                "updated_at timestamp without time zone NOT NULL",
                "status character varying(255) NOT NULL DEFAULT 'DRAFT'::character varying",
                "reviewed boolean NOT NULL DEFAULT false");
        assertThat(columns("service_members")).containsExactly(
                "id uuid NOT NULL",
                "edipi character varying(20) NULL",
                "created_at timestamp without time zone NOT NULL",
                "updated_at timestamp without time zone NOT NULL",
                "duty_station_id uuid NULL",
                "locator character(6) NULL");
        assertThat(db.column("SELECT indexname || CASE WHEN indexdef LIKE 'CREATE UNIQUE%' THEN ' unique' ELSE '' END"
                + " FROM pg_indexes WHERE schemaname = 'public' ORDER BY indexname")).containsExactly(
                "documents_pkey unique",
                "documents_service_member_id_status_idx",
                "duty_stations_pkey unique",
                // PostgreSQL cuts the 71-byte name fizz writes to 63 bytes.
                "service_members_duty_station_id_locator_created_at_updated_at_e",
                "service_members_edipi_unique unique",
                "service_members_pkey unique");
        assertThat(db.column("SELECT c.constraint_name || ' ' || r.delete_rule FROM information_schema.table_constraints c"
                + " JOIN information_schema.referential_constraints r USING (constraint_schema, constraint_name)"
                + " WHERE c.table_schema = 'public' ORDER BY 1")).containsExactly(
                "documents_service_member_id_fkey CASCADE",
                "service_members_duty_stations_id_fk SET NULL");
        assertThat(db.column("SELECT name FROM duty_stations")).containsExactly("Fort Bragg");
    }

    /** "name type NULL|NOT NULL[ DEFAULT x]" per column, in table order. */
    private List<String> columns(String table) throws SQLException {
        return db.column("SELECT column_name || ' ' || format_type(a.atttypid, a.atttypmod)"
                + " || CASE WHEN c.is_nullable = 'YES' THEN ' NULL' ELSE ' NOT NULL' END"
                + " || coalesce(' DEFAULT ' || c.column_default, '')"
                + " FROM information_schema.columns c JOIN pg_attribute a"
                + " ON a.attrelid = ('public.' || c.table_name)::regclass AND a.attname = c.column_name"
                + " WHERE c.table_schema = 'public' AND c.table_name = '" + table + "' ORDER BY c.ordinal_position");
    }
}
