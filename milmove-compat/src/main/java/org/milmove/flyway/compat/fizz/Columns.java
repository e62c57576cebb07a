package org.milmove.flyway.compat.fizz;

import java.util.OptionalLong;

/** Column types (FIZZ.md 4.2) and column definitions (4.3), shared by create_table, add_column and change_column. */
final class Columns {
    private Columns() {
    }

    /** The PostgreSQL type fizz writes for {@code fizzType}; types it does not know pass through as written. */
    static String type(String fizzType, Options options) {
        // Checked whatever the type, so that a wrong kind is never silently ignored.
        OptionalLong size = options.integer("size");
        OptionalLong precision = options.integer("precision");
        OptionalLong scale = options.integer("scale");
        return switch (fizzType) {
            case "string" -> "VARCHAR (" + size.orElse(255) + ")";
            case "uuid" -> "UUID";
            case "time", "datetime" -> "timestamptz";
            case "float", "decimal" -> decimal(precision, scale);
            case "blob", "[]byte" -> "bytea";
            case "json" -> "jsonb";
            case "[]string" -> "varchar[]";
            case "[]int" -> "integer[]";
            case "[]float" -> "decimal[]";
            default -> fizzType;
        };
    }

    private static String decimal(OptionalLong precision, OptionalLong scale) {
        if (precision.isEmpty()) {
            return "DECIMAL";
        }
        return "DECIMAL(" + precision.getAsLong() + (scale.isPresent() ? "," + scale.getAsLong() : "") + ")";
    }

    /**
     * {@code "name" TYPE[ NOT NULL][ DEFAULT '<default>'][ DEFAULT <default_raw>]}. NOT NULL unless the options have
     * the key {@code null}, whatever its value; a primary key is always NOT NULL.
     */
    static String definition(String name, String sqlType, Options options, boolean primaryKey) {
        StringBuilder sql = new StringBuilder(Identifier.quote(name)).append(' ').append(sqlType);
        if (primaryKey || !options.has("null")) {
            sql.append(" NOT NULL");
        }
        // fizz escapes nothing: a ' in the default ends up in the SQL as written.
        options.defaultValue().ifPresent(value -> sql.append(" DEFAULT '").append(value).append('\''));
        options.text("default_raw").ifPresent(expression -> sql.append(" DEFAULT ").append(expression));
        return sql.toString();
    }
}
