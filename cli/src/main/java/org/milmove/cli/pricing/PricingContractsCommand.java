package org.milmove.cli.pricing;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.milmove.cli.ExitCode;
import org.milmove.cli.db.Database;
import org.milmove.cli.db.DatabaseOptions;
import org.milmove.pricing.contracts.Contract;
import org.milmove.pricing.report.TextReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "contracts",
        description = {
            "List the GHC pricing contracts in the database: code, name, start of the first contract year, number of",
            "years, and the contract's rows in every re_* table that holds them (found from the foreign keys)."},
        footerHeading = "%nExamples:%n",
        footer = "  bin/milmove pricing contracts")
public final class PricingContractsCommand implements Callable<Integer> {
    @Mixin
    DatabaseOptions database;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws SQLException {
        List<Contract> contracts;
        try (Database db = database.open(System.getenv()); Connection c = db.dataSource().getConnection()) {
            contracts = Contract.all(c);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (contracts.isEmpty()) {
            out.println("No contracts: re_contracts is empty.");
            return ExitCode.OK;
        }
        List<List<String>> summary = new ArrayList<>();
        for (Contract contract : contracts) {
            summary.add(List.of(contract.code(), contract.name(), String.valueOf(contract.startDate()),
                    String.valueOf(contract.years()), number(contract.totalRows())));
        }
        out.print(TextReport.table(List.of("code", "name", "start date", "years", "rows"), summary));
        List<List<String>> perTable = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("rows per table"));
        contracts.forEach(contract -> header.add(contract.code()));
        for (String table : new TreeSet<>(contracts.get(0).rows().keySet())) {
            List<String> row = new ArrayList<>(List.of(table));
            contracts.forEach(contract -> row.add(number(contract.rows().get(table))));
            perTable.add(row);
        }
        out.println();
        out.print(TextReport.table(header, perTable));
        return ExitCode.OK;
    }

    static String number(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
