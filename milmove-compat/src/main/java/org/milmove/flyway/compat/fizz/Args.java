package org.milmove.flyway.compat.fizz;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The arguments of one call, checked against the parameters its command takes (FIZZ.md section 3). Parameter
 * names appear in messages: "the table (argument 1 of add_column) must be a string".
 */
final class Args {
    private final Call call;
    private final List<String> params;

    private Args(Call call, List<String> params) {
        this.call = call;
        this.params = params;
    }

    /** Exactly these parameters. */
    static Args exactly(Call call, String... params) {
        if (call.args().size() != params.length) {
            throw arityError(call, params.length == 0 ? "no arguments" : count(params.length),
                    String.join(", ", params));
        }
        return new Args(call, List.of(params));
    }

    /** These parameters, then an options map that may be left out (it then means {}). */
    static Args withOptions(Call call, String... params) {
        int given = call.args().size();
        if (given != params.length && given != params.length + 1) {
            String signature = params.length == 0 ? "[options]" : String.join(", ", params) + "[, options]";
            throw arityError(call, params.length + " or " + count(params.length + 1), signature);
        }
        List<String> all = new ArrayList<>(List.of(params));
        all.add("options");
        return new Args(call, all);
    }

    private static FizzException arityError(Call call, String expected, String signature) {
        return call.at().error(call.name() + " takes " + expected + ", got " + call.args().size() + "; write "
                + call.name() + "(" + signature + ")");
    }

    private static String count(int n) {
        return n + (n == 1 ? " argument" : " arguments");
    }

    String text(int i) {
        if (call.args().get(i) instanceof Value.Text text) {
            return text.text();
        }
        throw wrongKind(i, "a \"string\"", "write it in double quotes");
    }

    /** A table, column, index or constraint name: a string that can be quoted. */
    String name(int i) {
        return Identifier.checked(text(i), params.get(i) + " name", call.at());
    }

    /** The trailing options map, or an empty one when the call leaves it out. */
    Options options() {
        int i = params.size() - 1;
        if (call.args().size() <= i) {
            return Options.none(call);
        }
        if (call.args().get(i) instanceof Value.Dict dict) {
            return new Options(dict.entries(), call);
        }
        throw wrongKind(i, "a {map}", "write the options as {\"key\": value}, or leave them out");
    }

    /** A column as a string, or a non-empty array of them (add_index). */
    List<String> columns(int i) {
        Value value = call.args().get(i);
        if (value instanceof Value.Text text) {
            return List.of(text.text());
        }
        if (value instanceof Value.Array array && !array.items().isEmpty()
                && array.items().stream().allMatch(Value.Text.class::isInstance)) {
            return array.items().stream().map(item -> ((Value.Text) item).text()).toList();
        }
        throw wrongKind(i, "a \"string\" or a non-empty array of strings", "write \"col\" or [\"col1\", \"col2\"]");
    }

    /** A one-entry map {"ref_table": ["col", ...]}, the target of a foreign key. */
    References references(int i) {
        Value value = call.args().get(i);
        if (!(value instanceof Value.Dict dict) || dict.entries().size() != 1) {
            throw wrongKind(i, "a map with exactly one entry", "reference one table per foreign key, such as"
                    + " {\"users\": [\"id\"]}");
        }
        Map.Entry<String, Value> target = dict.entries().entrySet().iterator().next();
        if (!(target.getValue() instanceof Value.Array array) || array.items().isEmpty()
                || !array.items().stream().allMatch(Value.Text.class::isInstance)) {
            throw call.at().error("the columns referenced in " + target.getKey() + " must be a non-empty array of"
                    + " strings, got " + target.getValue().describe() + "; write {\"" + target.getKey()
                    + "\": [\"id\"]}");
        }
        String table = Identifier.checked(target.getKey(), "referenced table name", call.at());
        List<String> columns = array.items().stream()
                .map(item -> Identifier.checked(((Value.Text) item).text(), "referenced column name", call.at()))
                .toList();
        return new References(table, columns);
    }

    private FizzException wrongKind(int i, String expected, String advice) {
        return call.at().error("the " + params.get(i) + " (argument " + (i + 1) + " of " + call.name() + ") must be "
                + expected + ", got " + call.args().get(i).describe() + "; " + advice);
    }
}
