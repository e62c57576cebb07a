package org.milmove.flyway.compat.fizz;

import java.util.List;
import java.util.stream.Collectors;

/** The target of a foreign key: {@code {"service_members": ["id"]}}. */
record References(String table, List<String> columns) {

    String sql() {
        return "REFERENCES " + Identifier.quote(table) + " ("
                + columns.stream().map(Identifier::quote).collect(Collectors.joining(", ")) + ")";
    }
}
