package org.milmove.pricing.dump;

import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The database to dump. The password is used to connect (for pg_dump through {@code PGPASSWORD}) and nowhere
 * else: {@link #toString()} leaves it out, and no message or file holds it.
 *
 * @param sslMode PgJDBC/libpq SSL mode, or null for the default
 */
public record DumpSource(String host, int port, String database, String user, String password, String sslMode) {

    /** The connection settings of a PgJDBC data source, such as the ones the CLI and the test fixtures make. */
    public static DumpSource of(PGSimpleDataSource ds) {
        return new DumpSource(ds.getServerNames()[0], ds.getPortNumbers()[0] == 0 ? 5432 : ds.getPortNumbers()[0],
                ds.getDatabaseName(), ds.getUser(), ds.getPassword(), ds.getSslMode());
    }

    public DataSource dataSource() {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setServerNames(new String[] {host});
        ds.setPortNumbers(new int[] {port});
        ds.setDatabaseName(database);
        ds.setUser(user);
        ds.setPassword(password);
        if (sslMode != null) {
            ds.setSslMode(sslMode);
        }
        ds.setApplicationName("milmove pricing dump");
        return ds;
    }

    /** The same server, another database (a scratch database for verification). */
    public DumpSource withDatabase(String otherDatabase) {
        return new DumpSource(host, port, otherDatabase, user, password, sslMode);
    }

    @Override
    public String toString() {
        return "database " + database + " on " + host + ":" + port + " as " + user;
    }
}
