package org.milmove.testsupport;

/** A running PostgreSQL server whose superuser can create databases. */
interface PostgresServer extends AutoCloseable {

    /** The server's maintenance database, connected as a user that may create databases. */
    TestDatabase admin();

    @Override
    void close();
}
