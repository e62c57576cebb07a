package org.milmove.flyway.compat.fizz;

/** A foreign key clause, inline in create_table or after ADD CONSTRAINT in add_foreign_key. */
record ForeignKey(String column, References references, Options options) {

    /** {@code FOREIGN KEY ("col") REFERENCES "t" ("id")}, then ON UPDATE before ON DELETE, as fizz writes them. */
    String sql() {
        StringBuilder sql = new StringBuilder("FOREIGN KEY (").append(Identifier.quote(column)).append(") ")
                .append(references.sql());
        options.text("on_update").ifPresent(action -> sql.append(" ON UPDATE ").append(action));
        options.text("on_delete").ifPresent(action -> sql.append(" ON DELETE ").append(action));
        return sql.toString();
    }
}
