package org.milmove.pricing.dump;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Which tables a dump holds: those matching any include pattern and no exclude pattern.
 *
 * @param includes at least one pattern
 * @param excludes may be empty
 */
public record TableSelection(List<TablePattern> includes, List<TablePattern> excludes) {
    public static final List<String> DEFAULT_INCLUDES = List.of("re_*");
    public static final List<String> DEFAULT_EXCLUDES = List.of("re_services*");

    public TableSelection {
        includes = List.copyOf(includes);
        excludes = List.copyOf(excludes);
        if (includes.isEmpty()) {
            throw new DumpException("No include pattern; give at least one, such as re_*");
        }
    }

    /** Given patterns replace the defaults of their kind: includes {@code re_*}, excludes {@code re_services*}. */
    public static TableSelection of(List<String> includes, List<String> excludes) {
        return new TableSelection(parse(includes.isEmpty() ? DEFAULT_INCLUDES : includes),
                parse(excludes.isEmpty() ? DEFAULT_EXCLUDES : excludes));
    }

    public static TableSelection defaults() {
        return of(List.of(), List.of());
    }

    private static List<TablePattern> parse(List<String> patterns) {
        return patterns.stream().map(TablePattern::parse).toList();
    }

    /**
     * The ordinary tables of {@code connection}'s database that this selection picks, sorted by name.
     *
     * @throws DumpException when no table is selected
     */
    public List<TableName> resolve(Connection connection) throws SQLException {
        List<TableName> selected = Catalog.tables(connection).stream()
                .filter(t -> includes.stream().anyMatch(p -> p.matches(t.name(), t.visible())))
                .filter(t -> excludes.stream().noneMatch(p -> p.matches(t.name(), t.visible())))
                .map(Catalog.CatalogTable::name)
                .sorted()
                .toList();
        if (selected.isEmpty()) {
            throw new DumpException("No table matches " + describe()
                    + "; check the patterns (unquoted names fold to lower case) and the database");
        }
        return selected;
    }

    /** The patterns in words, for messages and the dump header. */
    public String describe() {
        return "--include " + String.join(" ", includes.stream().map(TablePattern::text).toList())
                + (excludes.isEmpty() ? "" : " --exclude " + String.join(" ", excludes.stream().map(TablePattern::text).toList()));
    }
}
