package org.milmove.flyway.compat.fizz;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The examples of FIZZ.md sections 2 to 5: real corpus lines with real fizz v1.14.4 output, and the rules around them. */
class FizzSpecExamplesTest {

    private static String sql(String fizz) {
        return Fizz.toSql("20180103215841_example.up.fizz", fizz);
    }

    // 5.1 create_table

    @Test
    void createIssues() {
        assertThat(sql("""
                create_table("issues") {
                	t.Column("id", "uuid", {"primary": true})
                	t.Column("body", "text", {})
                	t.Timestamps()
                }
                """)).isEqualTo("""
                CREATE TABLE "issues" (
                "id" UUID NOT NULL,
                PRIMARY KEY("id"),
                "body" text NOT NULL,
                "created_at" timestamp NOT NULL,
                "updated_at" timestamp NOT NULL
                );""");
    }

    @Test
    void createOrdersEndsWithItsForeignKeysAfterEveryColumn() {
        assertThat(sql("""
                create_table("orders") {
                  t.Column("id", "uuid", {"primary": true})
                  t.Column("service_member_id", "uuid", {})
                  t.ForeignKey("service_member_id", {"service_members": ["id"]}, {"on_delete": "cascade"})
                  t.Column("issue_date", "date", {})
                  t.Column("orders_type", "text", {})
                  t.Column("has_dependents", "bool", {})
                  t.Column("new_duty_station_id", "uuid", {})
                  t.ForeignKey("new_duty_station_id", {"duty_stations": ["id"]}, {"on_delete": "cascade"})
                  t.Timestamps()
                }
                """)).isEqualTo("""
                CREATE TABLE "orders" (
                "id" UUID NOT NULL,
                PRIMARY KEY("id"),
                "service_member_id" UUID NOT NULL,
                "issue_date" date NOT NULL,
                "orders_type" text NOT NULL,
                "has_dependents" bool NOT NULL,
                "new_duty_station_id" UUID NOT NULL,
                "created_at" timestamp NOT NULL,
                "updated_at" timestamp NOT NULL,
                FOREIGN KEY ("service_member_id") REFERENCES "service_members" ("id") ON DELETE cascade,
                FOREIGN KEY ("new_duty_station_id") REFERENCES "duty_stations" ("id") ON DELETE cascade
                );""");
    }

    @Test
    void aTableMayReferenceItselfAndOmitTheLastOptionsMaps() {
        assertThat(sql("""
                create_table("transportation_offices") {
                  t.Column("id", "uuid", {primary: true})
                  t.Column("shipping_office_id", "uuid", {null: true})
                  t.Column("name", "string")
                  t.Column("length", "integer")
                  t.ForeignKey("shipping_office_id", {"transportation_offices": ["id"]})
                  t.Timestamps()
                }
                """)).isEqualTo("""
                CREATE TABLE "transportation_offices" (
                "id" UUID NOT NULL,
                PRIMARY KEY("id"),
                "shipping_office_id" UUID,
                "name" VARCHAR (255) NOT NULL,
                "length" integer NOT NULL,
                "created_at" timestamp NOT NULL,
                "updated_at" timestamp NOT NULL,
                FOREIGN KEY ("shipping_office_id") REFERENCES "transportation_offices" ("id")
                );""");
    }

    @Test
    void idGoesFirstAndThePrimaryKeyLineFollowsItsColumn() {
        assertThat(sql("""
                create_table("electronic_orders_revisions") {
                  t.ForeignKey("electronic_order_id", {"electronic_orders": ["id"]}, {"on_update": "restrict", "on_delete": "cascade", "name": "ignored"})
                  t.Column("electronic_order_id", "uuid", {})
                  t.Column("seq_num", "integer", {"default": 0})
                  t.Column("id", "uuid", {"primary": true})
                  t.Timestamps()
                }
                """)).isEqualTo("""
                CREATE TABLE "electronic_orders_revisions" (
                "id" UUID NOT NULL,
                PRIMARY KEY("id"),
                "electronic_order_id" UUID NOT NULL,
                "seq_num" integer NOT NULL DEFAULT '0',
                "created_at" timestamp NOT NULL,
                "updated_at" timestamp NOT NULL,
                FOREIGN KEY ("electronic_order_id") REFERENCES "electronic_orders" ("id") ON UPDATE restrict ON DELETE cascade
                );""");
    }

    @Test
    void primaryKeyTypesAreSerialForIntegersAndStayForUuidAndString() {
        assertThat(sql("create_table(\"a\", {\"timestamps\": false}) { t.Column(\"id\", \"int\", {\"primary\": true}) }"))
                .contains("\"id\" SERIAL NOT NULL,\nPRIMARY KEY(\"id\")");
        assertThat(sql("create_table(\"a\", {\"timestamps\": false}) { t.Column(\"id\", \"INT\", {\"primary\": true}) }"))
                .contains("\"id\" SERIAL NOT NULL");
        assertThat(sql("create_table(\"a\", {\"timestamps\": false}) { t.Column(\"id\", \"BIGINT\", {\"primary\": true}) }"))
                .contains("\"id\" BIGSERIAL NOT NULL");
        assertThat(sql("create_table(\"a\", {\"timestamps\": false}) { t.Column(\"code\", \"string\", {\"primary\": true, \"size\": 3}) }"))
                .isEqualTo("CREATE TABLE \"a\" (\n\"code\" VARCHAR (3) NOT NULL,\nPRIMARY KEY(\"code\")\n);");
    }

    @Test
    void timestampsAreAddedOneByOneUnlessTurnedOff() {
        assertThat(sql("create_table(\"a\") { t.Column(\"created_at\", \"text\", {}) }"))
                .isEqualTo("CREATE TABLE \"a\" (\n\"created_at\" text NOT NULL,\n\"updated_at\" timestamp NOT NULL\n);");
        assertThat(sql("create_table(\"a\", {\"timestamps\": true, \"other\": 1}) { t.DisableTimestamps() t.Column(\"x\", \"text\") }"))
                .isEqualTo("CREATE TABLE \"a\" (\n\"x\" text NOT NULL\n);");
        assertThat(sql("create_table(\"a\", {timestamps: false}) { t.Timestamp(\"deleted_at\") }"))
                .isEqualTo("CREATE TABLE \"a\" (\n\"deleted_at\" timestamp NOT NULL\n);");
    }

    // 5.2 add_column and 4.3 column definitions

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            add_column("addresses", "country", "string", {"null": true, "default": "United States"}) | ALTER TABLE "addresses" ADD COLUMN "country" VARCHAR (255) DEFAULT 'United States';
            add_column("moves", "locator", "char(6)", {"null": false})                                  | ALTER TABLE "moves" ADD COLUMN "locator" char(6);
            add_column("form1299s", "mobile_home_blocked_requested", "bool", {"default": false})         | ALTER TABLE "form1299s" ADD COLUMN "mobile_home_blocked_requested" bool NOT NULL DEFAULT 'false';
            add_column("shipments", "pm_survey_method", "text")                                          | ALTER TABLE "shipments" ADD COLUMN "pm_survey_method" text NOT NULL;
            add_column("moves", "status", "string", {"default": "DRAFT"})                                | ALTER TABLE "moves" ADD COLUMN "status" VARCHAR (255) NOT NULL DEFAULT 'DRAFT';
            add_column("tspp", "rank", "integer", {"default": 2147483647, "after": "x", "primary": true}) | ALTER TABLE "tspp" ADD COLUMN "rank" integer NOT NULL DEFAULT '2147483647';
            add_column("t", "c", "string", {"default": "O'Brien"})                                      | ALTER TABLE "t" ADD COLUMN "c" VARCHAR (255) NOT NULL DEFAULT 'O'Brien';
            add_column("t", "c", "timestamp", {"default": "x", "default_raw": "now()", null: true})      | ALTER TABLE "t" ADD COLUMN "c" timestamp DEFAULT 'x' DEFAULT now();
            add_column("Service_Members", "Edipi", "text", {})                                           | ALTER TABLE "Service_Members" ADD COLUMN "Edipi" text NOT NULL;
            """)
    void addColumn(String fizz, String expected) {
        assertThat(sql(fizz)).isEqualTo(expected);
    }

    // 4.2 types

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            string           | {}                                 | VARCHAR (255)
            string           | {"size": 20}                       | VARCHAR (20)
            uuid             | {}                                 | UUID
            time             | {}                                 | timestamptz
            datetime         | {}                                 | timestamptz
            float            | {}                                 | DECIMAL
            decimal          | {"precision": 10}                  | DECIMAL(10)
            decimal          | {"precision": 10, "scale": 2}      | DECIMAL(10,2)
            float            | {"scale": 2}                       | DECIMAL
            blob             | {}                                 | bytea
            []byte           | {}                                 | bytea
            json             | {}                                 | jsonb
            []string         | {}                                 | varchar[]
            []int            | {}                                 | integer[]
            []float          | {}                                 | decimal[]
            text             | {"size": 10}                       | text
            double precision | {}                                 | double precision
            admin_role       | {}                                 | admin_role
            String           | {}                                 | String
            UUID             | {}                                 | UUID
            timestamp        | {}                                 | timestamp
            """)
    void types(String type, String options, String expected) {
        assertThat(sql("add_column(\"t\", \"c\", \"" + type + "\", " + options + ")"))
                .isEqualTo("ALTER TABLE \"t\" ADD COLUMN \"c\" " + expected + " NOT NULL;");
    }

    // 5.3 change_column

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            change_column("blackout_dates", "code_of_service", "string", {"null": true}) | ALTER TABLE "blackout_dates" ALTER COLUMN "code_of_service" TYPE VARCHAR (255), ALTER COLUMN "code_of_service" DROP NOT NULL;
            change_column("transportation_service_provider_performances", "best_value_score", "double precision", {}) | ALTER TABLE "transportation_service_provider_performances" ALTER COLUMN "best_value_score" TYPE double precision, ALTER COLUMN "best_value_score" SET NOT NULL;
            change_column("form1299s", "mobile_home_blocked_requested", "bool", {}) | ALTER TABLE "form1299s" ALTER COLUMN "mobile_home_blocked_requested" TYPE bool, ALTER COLUMN "mobile_home_blocked_requested" SET NOT NULL;
            change_column("t", "c", "timestamp", {"null": false, "default": 1, "default_raw": "now()"}) | ALTER TABLE "t" ALTER COLUMN "c" TYPE timestamp, ALTER COLUMN "c" DROP NOT NULL, ALTER COLUMN "c" SET DEFAULT '1', ALTER COLUMN "c" SET DEFAULT now();
            """)
    void changeColumnNeverDropsADefault(String fizz, String expected) {
        assertThat(sql(fizz)).isEqualTo(expected).doesNotContain("DROP DEFAULT").doesNotContain("USING");
    }

    // 5.4 to 5.8

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            drop_column("uploads", "s3_id") | ALTER TABLE "uploads" DROP COLUMN "s3_id";
            rename_column("issues", "body", "description") | ALTER TABLE "issues" RENAME COLUMN "body" TO "description";
            rename_table("awarded_shipments", "shipment_awards") | ALTER TABLE "awarded_shipments" RENAME TO "shipment_awards";
            drop_table("form1299s") | DROP TABLE "form1299s";
            drop_index("traffic_distribution_lists", "traffic_distribution_lists_index") | DROP INDEX "traffic_distribution_lists_index";
            rename_index("t", "a", "b") | ALTER INDEX "a" RENAME TO "b";
            add_index("shipments", ["traffic_distribution_list_id", "pickup_date", "delivery_date"], {"name": "shipments_index"}) | CREATE INDEX "shipments_index" ON "shipments" (traffic_distribution_list_id, pickup_date, delivery_date);
            add_index("moves", "locator", {"unique": true}) | CREATE UNIQUE INDEX "moves_locator_idx" ON "moves" (locator);
            add_index("moves", ["a", "b"]) | CREATE INDEX "moves_a_b_idx" ON "moves" (a, b);
            add_foreign_key("shipments", "move_id", {"moves": ["id"]}, {}) | ALTER TABLE "shipments" ADD CONSTRAINT "shipments_moves_id_fk" FOREIGN KEY ("move_id") REFERENCES "moves" ("id");
            add_foreign_key("shipment_line_items", "address_id", {"addresses": ["id"]}, {"on_delete": "cascade", "on_update": "cascade"}) | ALTER TABLE "shipment_line_items" ADD CONSTRAINT "shipment_line_items_addresses_id_fk" FOREIGN KEY ("address_id") REFERENCES "addresses" ("id") ON UPDATE cascade ON DELETE cascade;
            add_foreign_key("a", "b_id", {"b": ["id", "v"]}, {"name": "a_b_fk", "on_delete": "SET NULL"}) | ALTER TABLE "a" ADD CONSTRAINT "a_b_fk" FOREIGN KEY ("b_id") REFERENCES "b" ("id", "v") ON DELETE SET NULL;
            drop_foreign_key("documents", "move_id", {"if_exists": true}) | ALTER TABLE "documents" DROP CONSTRAINT IF EXISTS "move_id";
            drop_foreign_key("documents", "documents_uploader_id_fkey", {}) | ALTER TABLE "documents" DROP CONSTRAINT "documents_uploader_id_fkey";
            drop_foreign_key("documents", "x", {"if_exists": false}) | ALTER TABLE "documents" DROP CONSTRAINT "x";
            sql("DELETE from social_security_numbers") | DELETE from social_security_numbers;
            raw("SELECT 1;") | SELECT 1;
            """)
    void commands(String fizz, String expected) {
        assertThat(sql(fizz)).isEqualTo(expected);
    }

    @Test
    void namesLongerThan63BytesAreWrittenAsIs() {
        assertThat(sql("add_index(\"transportation_service_provider_performances\", [\"traffic_distribution_list_id\", \"quality_band\"], {})"))
                .isEqualTo("CREATE INDEX \"transportation_service_provider_performances_traffic_distribution_list_id_quality_band_idx\""
                        + " ON \"transportation_service_provider_performances\" (traffic_distribution_list_id, quality_band);");
    }

    @Test
    void sqlTextIsKeptExactlyWithASemicolonAddedOnlyWhenMissing() {
        assertThat(sql("sql(\"ALTER TABLE moves\n\tALTER COLUMN locator SET NOT NULL\n\")"))
                .isEqualTo("ALTER TABLE moves\n\tALTER COLUMN locator SET NOT NULL\n;");
        assertThat(sql("sql(\"  UPDATE x SET y = 'a;b';\")")).isEqualTo("  UPDATE x SET y = 'a;b';");
    }

    // 2 lexical rules and 3 grammar

    @Test
    void onlyBackslashQuoteIsAnEscape() {
        assertThat(sql("sql(\"SELECT \\\"x\\\", '\\\\d', '\\n' FROM y\")")).isEqualTo("SELECT \"x\", '\\\\d', '\\n' FROM y;");
        assertThat(sql("sql(\"SELECT '\\\\\"'\")")).isEqualTo("SELECT '\\\"';");
    }

    @Test
    void statementsMaySpanLinesShareALineOrBeSeparatedBySemicolons() {
        assertThat(sql("add_column(\r\n  \"t\",\r\n\t\"c\", \"text\",\r\n  {null: true,}\r\n); ; drop_table(\"x\") drop_table(\"y\");"))
                .isEqualTo("ALTER TABLE \"t\" ADD COLUMN \"c\" text;\nDROP TABLE \"x\";\nDROP TABLE \"y\";");
    }

    @Test
    void bareAndQuotedMapKeysAreTheSame() {
        assertThat(sql("add_column(\"t\", \"c\", \"text\", {null: true, default: \"x\"})"))
                .isEqualTo(sql("add_column(\"t\", \"c\", \"text\", {\"null\": true, \"default\": \"x\"})"));
    }

    @Test
    void integersAreLongs() {
        assertThat(sql("add_column(\"t\", \"c\", \"string\", {\"size\": 9223372036854775807})"))
                .isEqualTo("ALTER TABLE \"t\" ADD COLUMN \"c\" VARCHAR (9223372036854775807) NOT NULL;");
    }
}
