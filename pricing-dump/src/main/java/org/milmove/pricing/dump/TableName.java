package org.milmove.pricing.dump;

/**
 * A table in the source database.
 *
 * @param schema its schema, as stored in the catalog
 * @param name   its name, as stored in the catalog
 * @param sql    the schema-qualified name quoted for SQL, as {@code quote_ident} and pg_dump write it
 */
public record TableName(String schema, String name, String sql) implements Comparable<TableName> {

    @Override
    public int compareTo(TableName other) {
        return sql.compareTo(other.sql);
    }

    @Override
    public String toString() {
        return sql;
    }
}
