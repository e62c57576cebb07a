package org.milmove.pricing.dump;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.milmove.pricing.ReSchema;
import org.milmove.testsupport.TestDatabase;
import org.milmove.testsupport.WithPostgres;

@WithPostgres
class DumpTableSelectionTest {
    private final TestDatabase db;

    DumpTableSelectionTest(TestDatabase db) {
        this.db = db;
    }

    @BeforeAll
    static void schema(TestDatabase db) throws Exception {
        ReSchema.apply(db);
        PricingData.execute(db, """
                CREATE TABLE re_services_items (id int PRIMARY KEY);
                CREATE TABLE "Re_Mixed" (id int PRIMARY KEY);
                CREATE TABLE re_mixed (id int PRIMARY KEY);
                CREATE TABLE not_pricing (id int PRIMARY KEY);
                CREATE SCHEMA other;
                CREATE TABLE other.re_zip3s (id int PRIMARY KEY);
                CREATE VIEW re_view AS SELECT 1 AS one""");
    }

    @Test
    void defaultsTakeTheReTablesButNotTheServices() throws Exception {
        List<String> selected = resolve(TableSelection.defaults());

        assertThat(selected).contains("public.re_zip3s", "public.re_contracts", "public.re_contract_years", "public.re_mixed")
                .doesNotContain("public.re_services", "public.re_services_items", "public.\"Re_Mixed\"",
                        "public.not_pricing", "other.re_zip3s", "public.re_view")
                .allMatch(name -> name.startsWith("public.re_")).isSorted();
    }

    @Test
    void aQuotedMixedCaseNameIsMatchedExactly() throws Exception {
        assertThat(resolve(TableSelection.of(List.of("\"Re_Mixed\""), List.of()))).containsExactly("public.\"Re_Mixed\"");
        assertThat(resolve(TableSelection.of(List.of("RE_MIXED"), List.of()))).containsExactly("public.re_mixed");
    }

    @Test
    void severalIncludesAndExcludesAndSchemaQualifiedPatterns() throws Exception {
        TableSelection selection = TableSelection.of(List.of("re_zip*", "other.*", "re_contract*"),
                List.of("re_zip5*", "re_contract_years"));

        assertThat(resolve(selection)).containsExactly("other.re_zip3s", "public.re_contracts", "public.re_zip3s");
    }

    @Test
    void selectingNoTableIsAnError() {
        assertThatThrownBy(() -> resolve(TableSelection.of(List.of("nothing_like_this*"), List.of())))
                .isInstanceOf(DumpException.class)
                .hasMessageContaining("No table matches --include nothing_like_this* --exclude re_services*");
        assertThatThrownBy(() -> resolve(TableSelection.of(List.of("re_services"), List.of("re_services*"))))
                .isInstanceOf(DumpException.class);
    }

    private List<String> resolve(TableSelection selection) throws Exception {
        try (Connection c = db.connect()) {
            return selection.resolve(c).stream().map(TableName::sql).toList();
        }
    }
}
