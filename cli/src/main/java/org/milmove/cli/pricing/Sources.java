package org.milmove.cli.pricing;

import org.milmove.cli.UserException;
import org.milmove.cli.db.Database;
import org.milmove.pricing.dump.DumpSource;
import org.postgresql.ds.PGSimpleDataSource;

/** The connection settings of an open database, for the pricing library (which also hands them to pg_dump). */
final class Sources {
    private Sources() {
    }

    static DumpSource of(Database db) {
        if (db.dataSource() instanceof PGSimpleDataSource pg) {
            return DumpSource.of(pg);
        }
        throw new UserException("Cannot dump " + db.description() + ": its connection settings are not known");
    }
}
