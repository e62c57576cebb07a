package org.milmove.cli.db;

import javax.sql.DataSource;

/**
 * A database the command works on, open for the command's duration. Closing it stops the embedded server if one
 * was started for this command.
 */
public interface Database extends AutoCloseable {

    DataSource dataSource();

    /** Where it is, for messages; never includes the password. */
    String description();

    @Override
    void close();
}
