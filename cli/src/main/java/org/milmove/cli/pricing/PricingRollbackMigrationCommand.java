package org.milmove.cli.pricing;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.Callable;
import org.milmove.cli.db.Database;
import org.milmove.cli.db.DatabaseOptions;
import org.milmove.cli.gen.SecureMigrationFiles;
import org.milmove.cli.gen.SecureMigrationOptions;
import org.milmove.pricing.contracts.Contract;
import org.milmove.pricing.contracts.ContractTables;
import org.milmove.pricing.contracts.RollbackScript;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "pricing-rollback-migration",
        description = {
            "Write a secure migration that deletes one GHC pricing contract: its rows in every re_* table that holds",
            "them (found from the foreign keys), children first. It fails, deleting nothing, if the contract is",
            "missing or a table holds another number of its rows than this database does now (listed in its header).",
            "  tmp/<version>_<name>.up.sql                    the production file (never commit it);",
            "  migrations/app/secure/<version>_<name>.up.sql  its scrubbed stand-in;",
            "and the new file is listed in the manifest."},
        footerHeading = "%nExamples:%n",
        footer = "  bin/milmove gen pricing-rollback-migration --contract-code TRUSS_TEST")
public final class PricingRollbackMigrationCommand implements Callable<Integer> {
    @Option(names = "--contract-code", required = true, description = "Contract to delete; must exist in re_contracts.")
    String contractCode;

    @Option(names = "--name", description = "Migration name after the version (default: pricing_rollback_<contract code>).")
    String name;

    @Mixin
    SecureMigrationOptions migration;
    @Mixin
    DatabaseOptions database;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws SQLException {
        SecureMigrationFiles files = migration.check(name != null ? name
                : ContractCodes.migrationName("pricing_rollback_", contractCode));
        Contract contract;
        String script;
        try (Database db = database.open(System.getenv()); Connection c = db.dataSource().getConnection()) {
            List<ContractTables.Owned> tables = ContractTables.childrenFirst(c);
            contract = ContractCodes.require(c, contractCode, db);
            script = RollbackScript.render(contract, tables);
        }
        files.write(out -> {
            out.write(script.getBytes(StandardCharsets.UTF_8));
            return null;
        }, ignored -> standIn(files.fileName(), contract));
        PrintWriter out = spec.commandLine().getOut();
        out.printf("Wrote %s: deletes %,d rows of contract %s from %d tables.%n", files.production(), contract.totalRows(),
                contract.code(), contract.rows().size());
        out.println("  It names the contract and its row counts: keep it out of the repository.");
        out.printf("Wrote the scrubbed stand-in %s and listed it in %s.%n", files.standIn(), files.migration().manifest());
        files.printNextSteps(out, "Check it deletes that contract and nothing else: bin/milmove pricing verify "
                + files.production());
        return 0;
    }

    private static String standIn(String fileName, Contract contract) {
        return "-- Local stand-in for the secure migration " + fileName + ".\n"
                + "-- The real file deletes one GHC pricing contract (" + contract.rows().size() + " tables) and lives"
                + " only in the secure migrations buckets; locally it does nothing.\n";
    }
}
