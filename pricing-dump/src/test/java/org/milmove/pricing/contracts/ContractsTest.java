package org.milmove.pricing.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.milmove.pricing.ReSchema;
import org.milmove.pricing.fixture.TwoContracts;
import org.milmove.testsupport.TestDatabase;
import org.milmove.testsupport.WithPostgres;

/** Contracts read back from the re_* tables, their rollback script and their comparison, on two real imports ({@link TwoContracts}). */
@WithPostgres
class ContractsTest {
    @TempDir
    static Path dir;
    final TestDatabase db;

    ContractsTest(TestDatabase db) {
        this.db = db;
    }

    @BeforeAll
    static void importTwoContracts(TestDatabase db) throws Exception {
        ReSchema.apply(db);
        try (Connection c = db.connect()) {
            TwoContracts.importInto(c, dir);
        }
    }

    @Test
    void everyContractWithItsYearsAndRowsPerTable() throws Exception {
        try (Connection c = db.connect()) {
            List<Contract> contracts = Contract.all(c);

            assertThat(contracts).extracting(Contract::code, Contract::name, Contract::startDate, Contract::years,
                    Contract::totalRows).containsExactly(
                    tuple("OLD", "OLD name", LocalDate.of(2021, 2, 1), 8, 67_743L),
                    tuple("NEW", "NEW name", LocalDate.of(2031, 2, 1), 8, 67_739L));
            assertThat(contracts.get(0).rows()).hasSize(15).containsEntry("re_intl_prices", 46_364L)
                    .containsEntry("re_task_order_fees", 16L).containsEntry("re_contracts", 1L);
            assertThat(contracts.get(1).rows()).containsEntry("re_intl_prices", 46_360L);
        }
    }

    @Test
    void tablesComeChildrenFirst() throws Exception {
        try (Connection c = db.connect()) {
            List<String> order = ContractTables.childrenFirst(c).stream().map(t -> t.table().name()).toList();

            assertThat(order).hasSize(15).doesNotContain("re_services").endsWith("re_contracts");
            assertThat(order.indexOf("re_task_order_fees")).isLessThan(order.indexOf("re_contract_years"));
            assertThat(order.indexOf("re_zip3s")).isLessThan(order.indexOf("re_domestic_service_areas"))
                    .isLessThan(order.indexOf("re_rate_areas"));
            assertThat(order.indexOf("re_intl_prices")).isLessThan(order.indexOf("re_rate_areas"));
        }
    }

    @Test
    void theRollbackDeletesExactlyThatContract() throws Exception {
        try (Connection c = db.connect()) {
            String script = RollbackScript.render(Contract.find(c, "NEW").orElseThrow(), ContractTables.childrenFirst(c));
            assertThat(RollbackScript.contractOf(script.lines().findFirst().orElseThrow())).contains("NEW");
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute(script);
                assertThat(Contract.all(c)).extracting(Contract::code, Contract::totalRows)
                        .containsExactly(tuple("OLD", 67_743L));
            } finally {
                c.rollback();
            }
        }
    }

    @Test
    void theRollbackFailsDeletingNothingWhenACountDiffersOrTheContractIsGone() throws Exception {
        try (Connection c = db.connect()) {
            Contract next = Contract.find(c, "NEW").orElseThrow();
            List<ContractTables.Owned> tables = ContractTables.childrenFirst(c);
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("DELETE FROM re_shipment_type_prices WHERE id = (SELECT t.id FROM re_shipment_type_prices t"
                        + " JOIN re_contracts k ON k.id = t.contract_id WHERE k.code = 'NEW' LIMIT 1)");
                assertThatThrownBy(() -> s.execute(RollbackScript.render(next, tables)))
                        .isInstanceOf(SQLException.class)
                        .hasMessageContaining("Contract NEW has 6 rows in public.re_shipment_type_prices, not 7 as when"
                                + " this rollback was generated; nothing was deleted");
            } finally {
                c.rollback();
            }
            Contract gone = new Contract("GONE", "GONE", null, 0, Map.of("re_contracts", 1L));
            try (Statement s = c.createStatement()) {
                assertThatThrownBy(() -> s.execute(RollbackScript.render(gone, tables.subList(tables.size() - 1, tables.size()))))
                        .hasMessageContaining("Contract GONE is not in re_contracts; nothing was deleted");
            } finally {
                c.rollback();
            }
            assertThat(Contract.find(c, "NEW").orElseThrow().totalRows()).isEqualTo(67_739L);
        }
    }

    @Test
    void theDiffCountsRowsAddedRemovedAndChangedAndListsTheLargestChangesFirst() throws Exception {
        try (Connection c = db.connect()) {
            ContractDiff.Result diff = ContractDiff.compare(c, "OLD", "NEW", 2);
            ContractDiff.Result back = ContractDiff.compare(c, "NEW", "OLD", 10);

            assertThat(diff.tables()).extracting(ContractDiff.TableChange::table, ContractDiff.TableChange::added,
                    ContractDiff.TableChange::removed, ContractDiff.TableChange::changed)
                    .contains(tuple("re_intl_prices", 0, 4, 0), tuple("re_domestic_linehaul_prices", 0, 0, 1),
                            tuple("re_domestic_service_area_prices", 0, 0, 1), tuple("re_shipment_type_prices", 0, 0, 1),
                            tuple("re_contract_years", 0, 0, 0));
            assertThat(diff.largest()).extracting(ContractDiff.PriceChange::table, ContractDiff.PriceChange::key,
                    ContractDiff.PriceChange::from, ContractDiff.PriceChange::to).containsExactly(
                    tuple("re_domestic_linehaul_prices", "area 004 500-4999 lb 0-250 mi non-peak",
                            new BigDecimal("2.477"), new BigDecimal("3.716")),
                    tuple("re_shipment_type_prices", "DMHF C", new BigDecimal("1.20"), new BigDecimal("1.00")));
            assertThat(back.tables()).extracting(ContractDiff.TableChange::table, ContractDiff.TableChange::added)
                    .contains(tuple("re_intl_prices", 4));
            assertThat(back.largest()).hasSize(3);
        }
    }
}
