package org.milmove.pricing.importer;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.milmove.pricing.template.StageTable;
import org.milmove.pricing.template.StagedTemplate;

/** Imports a staged pricing template into the re_* tables as a new contract, in one transaction. */
public final class PricingImporter {
    /** The original tool's default start of contract year 0. */
    public static final LocalDate DEFAULT_START_DATE = LocalDate.of(2021, 2, 1);

    /** The contract to create; an empty name means the code is used as the name. */
    public record Contract(String code, String name, LocalDate startDate) {
        public Contract {
            if (code == null || code.isBlank()) {
                throw new ImportException("A contract code is required");
            }
            name = name == null || name.isEmpty() ? code : name;
            startDate = startDate == null ? DEFAULT_START_DATE : startDate;
        }
    }

    /** The new contract's id and the rows written per re_* table, in fill order. */
    public record Result(UUID contractId, Map<String, Integer> rowsWritten, long millis) {
        public int totalRows() {
            return rowsWritten.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    private PricingImporter() {
    }

    /** Commits on success; on any failure rolls back, so nothing is written. Restores the connection's auto-commit. */
    public static Result importTemplate(Connection connection, StagedTemplate template, Contract contract) {
        requireEverySheet(template);
        long start = System.nanoTime();
        try {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                ImportRun run = fill(connection, template, contract);
                connection.commit();
                return new Result(run.contractId, Collections.unmodifiableMap(new LinkedHashMap<>(run.written)),
                        (System.nanoTime() - start) / 1_000_000);
            } catch (RuntimeException | SQLException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new ImportException("The import failed and was rolled back: " + e.getMessage()
                    + overlapHint(e), e);
        }
    }

    private static String overlapHint(SQLException e) {
        return "23P01".equals(e.getSQLState())
                ? " (contract years may not overlap those of any other contract; choose another --contract-start-date)"
                : "";
    }

    private static ImportRun fill(Connection connection, StagedTemplate template, Contract contract)
            throws SQLException {
        ImportRun run = new ImportRun(connection, template, now(connection));
        AreaImport areas = new AreaImport(run);
        areas.contract(contract);
        areas.contractYears(contract.startDate());
        areas.serviceAreasAndZip3s();
        areas.rateAreas();
        areas.zipMapping();
        areas.services();
        PriceImport prices = new PriceImport(run);
        prices.domesticLinehaul();
        prices.domesticServiceAreaPrices();
        prices.domesticOtherPrices();
        prices.intlPrices();
        prices.intlOtherPrices();
        prices.taskOrderFees();
        prices.domesticAccessorials();
        prices.intlAccessorials();
        prices.shipmentTypePrices();
        return run;
    }

    private static String now(Connection connection) throws SQLException {
        try (ResultSet rs = connection.createStatement().executeQuery("SELECT localtimestamp::text")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static void requireEverySheet(StagedTemplate template) {
        List<String> missing = StageTable.ALL.stream()
                .filter(t -> !template.has(t))
                .map(t -> Integer.toString(t.sheetIndex()))
                .distinct()
                .collect(Collectors.toList());
        if (!missing.isEmpty()) {
            throw new ImportException("The import needs every parsed sheet; sheets " + String.join(", ", missing)
                    + " were not parsed");
        }
    }
}
