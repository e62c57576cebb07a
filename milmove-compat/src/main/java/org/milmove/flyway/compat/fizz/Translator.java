package org.milmove.flyway.compat.fizz;

import java.util.List;

/** One top-level fizz call to the one SQL statement fizz v1.14.4 writes for it (FIZZ.md section 5). */
final class Translator {
    private static final String COMMANDS = "create_table, add_column, change_column, drop_column, rename_column,"
            + " rename_table, drop_table, add_index, drop_index, rename_index, add_foreign_key, drop_foreign_key,"
            + " sql or raw";

    private Translator() {
    }

    static String sql(Call call) {
        if (call.name().equals("create_table")) {
            return CreateTable.sql(call);
        }
        if (call.block().isPresent()) {
            throw call.at().error("only create_table takes a { } block, " + call.name()
                    + " does not; remove the block");
        }
        return switch (call.name()) {
            case "add_column" -> addColumn(call);
            case "change_column" -> changeColumn(call);
            case "drop_column" -> alterTable(Args.exactly(call, "table", "column"), "DROP COLUMN");
            case "rename_column" -> renameColumn(Args.exactly(call, "table", "old column", "new column"));
            case "rename_table" -> alterTable(Args.exactly(call, "old table", "new table"), "RENAME TO");
            case "drop_table" -> "DROP TABLE " + Identifier.quote(Args.exactly(call, "table").name(0)) + ";";
            case "add_index" -> addIndex(call);
            case "drop_index" -> dropIndex(Args.exactly(call, "table", "index"));
            case "rename_index" -> renameIndex(Args.exactly(call, "table", "old index", "new index"));
            case "add_foreign_key" -> addForeignKey(call);
            case "drop_foreign_key" -> dropForeignKey(call);
            case "sql", "raw" -> rawSql(Args.exactly(call, "SQL text").text(0));
            default -> throw unknownCommand(call);
        };
    }

    private static FizzException unknownCommand(Call call) {
        if (call.name().startsWith("t.")) {
            return call.at().error(call.name() + " may only stand inside a create_table(\"...\") { } block;"
                    + " move it there");
        }
        if (call.name().equals("exec")) {
            // In real fizz, exec runs a shell command while translating.
            return call.at().error("unknown fizz command 'exec': running shell commands is never supported;"
                    + " write the SQL with sql(\"...\")");
        }
        return call.at().error("unknown fizz command '" + call.name() + "'; use " + COMMANDS);
    }

    /** {@code ALTER TABLE "<argument 1>" <action> "<argument 2>";} */
    private static String alterTable(Args args, String action) {
        return "ALTER TABLE " + Identifier.quote(args.name(0)) + " " + action + " " + Identifier.quote(args.name(1))
                + ";";
    }

    private static String addColumn(Call call) {
        Args args = Args.withOptions(call, "table", "column", "type");
        Options options = args.options();
        String column = Columns.definition(args.name(1), Columns.type(args.text(2), options), options, false);
        return "ALTER TABLE " + Identifier.quote(args.name(0)) + " ADD COLUMN " + column + ";";
    }

    /** Type and nullability always; a default only when given, so an existing default is never dropped. */
    private static String changeColumn(Call call) {
        Args args = Args.withOptions(call, "table", "column", "type");
        Options options = args.options();
        String column = "ALTER COLUMN " + Identifier.quote(args.name(1));
        StringBuilder sql = new StringBuilder("ALTER TABLE ").append(Identifier.quote(args.name(0))).append(' ')
                .append(column).append(" TYPE ").append(Columns.type(args.text(2), options))
                .append(", ").append(column).append(options.has("null") ? " DROP NOT NULL" : " SET NOT NULL");
        options.defaultValue().ifPresent(value -> sql.append(", ").append(column).append(" SET DEFAULT '")
                .append(value).append('\''));
        options.text("default_raw").ifPresent(expression -> sql.append(", ").append(column).append(" SET DEFAULT ")
                .append(expression));
        return sql.append(';').toString();
    }

    private static String renameColumn(Args args) {
        return "ALTER TABLE " + Identifier.quote(args.name(0)) + " RENAME COLUMN " + Identifier.quote(args.name(1))
                + " TO " + Identifier.quote(args.name(2)) + ";";
    }

    /** Columns are written unquoted, so expressions such as lower(email) work; the default name joins them. */
    private static String addIndex(Call call) {
        Args args = Args.withOptions(call, "table", "columns");
        String table = args.name(0);
        List<String> columns = args.columns(1);
        Options options = args.options();
        String name = options.text("name")
                .map(given -> Identifier.checked(given, "index name", call.at()))
                .orElseGet(() -> Identifier.checked(table + "_" + String.join("_", columns) + "_idx",
                        "index name made from the columns", call.at()));
        return "CREATE " + (options.flag("unique") ? "UNIQUE " : "") + "INDEX " + Identifier.quote(name) + " ON "
                + Identifier.quote(table) + " (" + String.join(", ", columns) + ");";
    }

    /** fizz ignores the table (index names are unique in a schema); it is still checked like any name. */
    private static String dropIndex(Args args) {
        args.name(0);
        return "DROP INDEX " + Identifier.quote(args.name(1)) + ";";
    }

    /** The table is ignored, as in drop_index. */
    private static String renameIndex(Args args) {
        args.name(0);
        return "ALTER INDEX " + Identifier.quote(args.name(1)) + " RENAME TO " + Identifier.quote(args.name(2)) + ";";
    }

    /** The default name comes from the referenced table and columns, not the local column, as in fizz. */
    private static String addForeignKey(Call call) {
        Args args = Args.withOptions(call, "table", "column", "reference");
        String table = args.name(0);
        References references = args.references(2);
        Options options = args.options();
        String name = options.text("name")
                .map(given -> Identifier.checked(given, "constraint name", call.at()))
                .orElseGet(() -> table + "_" + references.table() + "_" + String.join("_", references.columns())
                        + "_fk");
        return "ALTER TABLE " + Identifier.quote(table) + " ADD CONSTRAINT " + Identifier.quote(name) + " "
                + new ForeignKey(args.name(1), references, options).sql() + ";";
    }

    private static String dropForeignKey(Call call) {
        Args args = Args.withOptions(call, "table", "constraint");
        return "ALTER TABLE " + Identifier.quote(args.name(0)) + " DROP CONSTRAINT "
                + (args.options().flag("if_exists") ? "IF EXISTS " : "") + Identifier.quote(args.name(1)) + ";";
    }

    /** Written as is; a ';' is added only when the text does not already end with one. */
    private static String rawSql(String text) {
        return text.endsWith(";") ? text : text + ";";
    }
}
