package org.milmove.flyway.compat.fizz;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code create_table(name[, options]) { t.… }} (FIZZ.md 5.1): the columns in order with {@code id} first, the
 * primary key after its column, then the foreign keys, unnamed so that PostgreSQL calls them
 * {@code <table>_<col>_fkey}.
 */
final class CreateTable {
    private record Column(String name, String sqlType, Options options, boolean primaryKey) {
    }

    private final String table;
    private final List<Column> columns = new ArrayList<>();
    private final List<ForeignKey> foreignKeys = new ArrayList<>();
    private boolean timestamps;

    private CreateTable(String table, boolean timestamps) {
        this.table = table;
        this.timestamps = timestamps;
    }

    static String sql(Call call) {
        Args args = Args.withOptions(call, "table");
        // Only "timestamps" means something; fizz ignores the other table options.
        boolean timestamps = !args.options().has("timestamps") || args.options().flag("timestamps");
        CreateTable create = new CreateTable(args.name(0), timestamps);
        call.block().orElse(List.of()).forEach(create::apply);
        if (create.timestamps) {
            create.addIfMissing("created_at", call);
            create.addIfMissing("updated_at", call);
        }
        return create.render();
    }

    private void apply(Call call) {
        switch (call.name()) {
            case "t.Column" -> column(call);
            case "t.ForeignKey" -> foreignKey(call);
            case "t.Timestamps" -> {
                Args.exactly(call);
                timestamp("created_at", call);
                timestamp("updated_at", call);
            }
            case "t.Timestamp" -> timestamp(Args.exactly(call, "column").name(0), call);
            case "t.DisableTimestamps" -> {
                Args.exactly(call);
                timestamps = false;
            }
            default -> throw unsupported(call);
        }
    }

    private void column(Call call) {
        Args args = Args.withOptions(call, "column", "type");
        String name = args.name(0);
        String type = args.text(1);
        Options options = args.options();
        // The key's presence makes a primary key, even {"primary": false}.
        boolean primaryKey = options.has("primary");
        if (primaryKey) {
            columns.stream().filter(Column::primaryKey).findFirst().ifPresent(other -> {
                throw call.at().error("a second primary key " + name + " (" + other.name() + " is one already);"
                        + " mark one column {\"primary\": true}, or write a composite key with sql(\"...\")");
            });
        }
        String sqlType = primaryKey ? primaryKeyType(type, options, call) : Columns.type(type, options);
        add(new Column(name, sqlType, options, primaryKey), call);
    }

    private static String primaryKeyType(String type, Options options, Call call) {
        return switch (type) {
            case "uuid", "string" -> Columns.type(type, options);
            case "integer", "int", "INT" -> "SERIAL";
            case "bigint", "BIGINT" -> "BIGSERIAL";
            default -> throw call.at().error("can not use " + type + " as a primary key; use uuid (as MilMove does),"
                    + " string, integer or bigint");
        };
    }

    private void timestamp(String name, Call call) {
        add(new Column(name, "timestamp", Options.none(call), false), call);
    }

    private void addIfMissing(String name, Call call) {
        if (columns.stream().noneMatch(c -> c.name().equals(name))) {
            timestamp(name, call);
        }
    }

    /** Appends the column, except that a column named id goes first. */
    private void add(Column column, Call call) {
        if (columns.stream().anyMatch(c -> c.name().equals(column.name()))) {
            String advice = column.name().equals("created_at") || column.name().equals("updated_at")
                    ? "t.Timestamps() adds created_at and updated_at itself, so leave out the t.Column or the"
                            + " t.Timestamps()"
                    : "declare each column once";
            throw call.at().error("duplicated column " + column.name() + " in create_table " + table + "; " + advice);
        }
        columns.add(column.name().equals("id") ? 0 : columns.size(), column);
    }

    private void foreignKey(Call call) {
        // The "name" and "null" options have no effect on an inline foreign key.
        Args args = Args.withOptions(call, "column", "reference");
        foreignKeys.add(new ForeignKey(args.name(0), args.references(1), args.options()));
    }

    private static FizzException unsupported(Call call) {
        if (!call.name().startsWith("t.")) {
            return call.at().error("only t.<method>(...) calls may stand inside a create_table block, found "
                    + call.name() + "(...); move it after the closing }");
        }
        String advice = switch (call.name()) {
            case "t.Index" -> "write add_index(...) after the create_table block";
            case "t.PrimaryKey" ->
                    "mark the key column {\"primary\": true}, or write a composite key with sql(\"...\")";
            default -> "use t.Column, t.ForeignKey, t.Timestamps, t.Timestamp or t.DisableTimestamps";
        };
        return call.at().error(call.name() + " is not supported in create_table; " + advice);
    }

    private String render() {
        List<String> lines = new ArrayList<>();
        for (Column column : columns) {
            lines.add(Columns.definition(column.name(), column.sqlType(), column.options(), column.primaryKey()));
            if (column.primaryKey()) {
                lines.add("PRIMARY KEY(" + Identifier.quote(column.name()) + ")");
            }
        }
        foreignKeys.forEach(fk -> lines.add(fk.sql()));
        return "CREATE TABLE " + Identifier.quote(table) + " (\n" + String.join(",\n", lines) + "\n);";
    }
}
