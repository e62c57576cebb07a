package org.milmove.pricing.dump;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.milmove.pricing.dump.Catalog.Column;
import org.milmove.pricing.dump.Catalog.TableInfo;

/**
 * A row that cannot be written so that server-side COPY and MilMove's migrator load it alike. The message names the
 * table, the row's key and the column, and says what to do. Rows are given as {@link CopyText#values} reads them,
 * with their place in the table's data counted from 1 (which names rows of tables without a primary key).
 */
final class RowRefused extends DumpException {

    private RowRefused(String message) {
        super(message);
    }

    static RowRefused lineTooLong(TableInfo table, List<byte[]> values, long position, int bytes) {
        return new RowRefused("Row " + key(table, values, position) + " of " + table.name().sql() + " needs a line of "
                + bytes + " bytes, more than the " + MilMoveReading.MAX_LINE_BYTES + " that MilMove's migrator reads (it"
                + " stops reading the file at a longer line without an error); its largest value is in column "
                + largestColumn(table, values) + ": shorten that value or leave the table out with --exclude");
    }

    static RowRefused typeNotWritable(TableInfo table, List<byte[]> values, long position, Column column) {
        return new RowRefused("Row " + key(table, values, position) + " of " + table.name().sql() + " must be written as"
                + " an INSERT statement, but the type of its column " + column.name() + ", " + column.type() + ", has text"
                + " that MilMove's migrator changes (--, ?, a quote, ; or DO); rename the type or leave the table out with"
                + " --exclude");
    }

    /** The primary key as PostgreSQL writes it in messages, {@code (id)=(42)}; the row's place without one. */
    private static String key(TableInfo table, List<byte[]> values, long position) {
        if (table.primaryKey().isEmpty()) {
            return position + " (the table has no primary key)";
        }
        List<String> names = table.columns().stream().map(Column::name).toList();
        List<String> keyValues = new ArrayList<>();
        for (String keyColumn : table.primaryKey()) {
            byte[] value = values.get(names.indexOf(keyColumn));
            keyValues.add(value == null ? "NULL" : Header.safe(new String(value, StandardCharsets.UTF_8)));
        }
        return "(" + String.join(", ", table.primaryKey()) + ")=(" + String.join(", ", keyValues) + ")";
    }

    private static String largestColumn(TableInfo table, List<byte[]> values) {
        int largest = 0;
        for (int i = 1; i < values.size(); i++) {
            if (length(values.get(i)) > length(values.get(largest))) {
                largest = i;
            }
        }
        return table.columns().get(largest).name();
    }

    private static int length(byte[] value) {
        return value == null ? 0 : value.length;
    }
}
