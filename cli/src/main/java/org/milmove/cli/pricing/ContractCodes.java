package org.milmove.cli.pricing;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import org.milmove.cli.UserException;
import org.milmove.cli.db.Database;
import org.milmove.pricing.contracts.Contract;

/** Contract codes as the pricing commands take them: looked up, and turned into migration names. */
final class ContractCodes {
    private ContractCodes() {
    }

    /** The contract, or a usage error that says how to list the contracts there are. */
    static Contract require(Connection c, String code, Database db) throws SQLException {
        return Contract.find(c, code).orElseThrow(() -> new UserException("Contract " + code + " is not in re_contracts of "
                + db.description() + "; see bin/milmove pricing contracts"));
    }

    /** {@code prefix} and the code in lower case, runs of other characters as one underscore: pricing_data_truss_test. */
    static String migrationName(String prefix, String code) {
        return prefix + code.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
    }
}
