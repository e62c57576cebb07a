package org.milmove.pricing.dump;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.milmove.pricing.dump.Catalog.Column;
import org.milmove.pricing.dump.Catalog.TableInfo;

/**
 * The one-line INSERT that carries a row whose COPY text MilMove's migrator would read differently. Every value is
 * base64 of its text form (of its bytes for bytea), which has no {@code --}, {@code ?}, quote, {@code ;} or
 * whitespace, so neither MilMove's line cutting, nor its {@code ?} rewriting, nor its statement splitter changes it:
 * <pre>
 * INSERT INTO public.t (id, label, raw) VALUES (convert_from(decode('Mw==', 'base64'), 'UTF8')::integer, NULL, decode('AP8=', 'base64'));
 * </pre>
 */
final class InsertStatement {
    private static final Base64.Encoder BASE64 = Base64.getEncoder();

    private InsertStatement() {
    }

    /** The statement with its line feed, in UTF-8, for {@code values} as {@link CopyText#values} reads them. */
    static byte[] line(TableInfo table, List<byte[]> values, long position) {
        StringBuilder sql = new StringBuilder("INSERT INTO ").append(table.name().sql())
                .append(" (").append(table.columnList()).append(") VALUES (");
        for (int i = 0; i < values.size(); i++) {
            Column column = table.columns().get(i);
            byte[] value = values.get(i);
            sql.append(i == 0 ? "" : ", ");
            if (value == null) {
                sql.append("NULL");
            } else if (column.type().equals("bytea")) {
                sql.append("decode('").append(BASE64.encodeToString(ByteaText.bytes(value))).append("', 'base64')");
            } else if (MilMoveReading.keepsInStatement(column.type())) {
                sql.append("convert_from(decode('").append(BASE64.encodeToString(value)).append("', 'base64'), 'UTF8')::")
                        .append(column.type());
            } else {
                throw RowRefused.typeNotWritable(table, values, position, column);
            }
        }
        byte[] line = sql.append(");\n").toString().getBytes(StandardCharsets.UTF_8);
        if (line.length - 1 > MilMoveReading.MAX_LINE_BYTES) {
            throw RowRefused.lineTooLong(table, values, position, line.length - 1);
        }
        return line;
    }
}
