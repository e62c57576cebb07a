package org.milmove.pricing.importer;

import java.sql.Connection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.milmove.pricing.template.StageTable;
import org.milmove.pricing.template.StagedRow;
import org.milmove.pricing.template.StagedTemplate;

/** State shared by the import steps of one run: the connection, the new contract and the id maps built so far. */
final class ImportRun {
    final Connection connection;
    final StagedTemplate template;
    final String now;
    final Map<String, Integer> written = new LinkedHashMap<>();
    final Map<String, UUID> serviceAreas = new HashMap<>();
    final Map<String, UUID> domesticRateAreas = new HashMap<>();
    final Map<String, UUID> intlRateAreas = new HashMap<>();
    final Map<String, UUID> contractYears = new HashMap<>();
    final Map<String, UUID> services = new HashMap<>();
    UUID contractId;

    ImportRun(Connection connection, StagedTemplate template, String now) {
        this.connection = connection;
        this.template = template;
        this.now = now;
    }

    CopyTable copy(String table, String columns) {
        return new CopyTable(connection, table, columns, now);
    }

    void count(String table, int rows) {
        written.merge(table, rows, Integer::sum);
    }

    /** Runs {@code step} for each staged row, adding the sheet and row to any value error. */
    <R extends StagedRow> void forEach(StageTable<R> table, Consumer<R> step) {
        for (R row : template.rows(table)) {
            try {
                step.accept(row);
            } catch (BadValueException e) {
                throw failure(table, row, e.getMessage());
            }
        }
    }

    ImportException failure(StageTable<?> table, StagedRow row, String message) {
        return new ImportException(template.describeSheet(table.sheetIndex()) + ", row " + row.row() + ": " + message);
    }

    UUID service(String code) {
        UUID id = services.get(code);
        if (id == null) {
            throw new ImportException("Service " + code + " is missing from re_services; run the migrations first");
        }
        return id;
    }

    /** {@code what} builds the message only on a miss: lookups run once per price row. */
    static <K> UUID lookup(Map<K, UUID> map, K key, Supplier<String> what) {
        UUID id = map.get(key);
        if (id == null) {
            throw new BadValueException(what.get());
        }
        return id;
    }

    static int schedule(int value, String text) {
        if (value < 1 || value > 3) {
            throw new BadValueException("schedule \"" + text + "\" is not 1, 2 or 3");
        }
        return value;
    }

    static int positive(int cents, String text) {
        if (cents <= 0) {
            throw new BadValueException("price \"" + text + "\" must be greater than 0");
        }
        return cents;
    }

    static int notNegative(int cents, String text) {
        if (cents < 0) {
            throw new BadValueException("price \"" + text + "\" must not be negative");
        }
        return cents;
    }
}
