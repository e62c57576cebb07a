package org.milmove.cli.pricing;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.Callable;
import org.milmove.cli.ExitCode;
import org.milmove.cli.UserException;
import org.milmove.cli.db.Database;
import org.milmove.cli.db.DatabaseOptions;
import org.milmove.cli.files.FileWrites;
import org.milmove.cli.files.FileWrites.Access;
import org.milmove.pricing.contracts.ContractDiff;
import org.milmove.pricing.report.DiffReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "diff",
        description = {
            "Compare the prices of two contracts: per price table, the rows only one of them has (by service, area,",
            "band, season or year, not by id) and the prices that changed, with the largest relative changes listed.",
            "The spot check for a new year's template: import it as a new contract, then diff it with the last one."},
        footerHeading = "%nExamples:%n",
        footer = "  bin/milmove pricing diff --from TRUSS_2024 --to TRUSS_2025 --report diff.html")
public final class PricingDiffCommand implements Callable<Integer> {
    @Option(names = "--from", required = true, paramLabel = "CODE", description = "The older contract.")
    String from;
    @Option(names = "--to", required = true, paramLabel = "CODE", description = "The newer contract.")
    String to;
    @Option(names = "--top", defaultValue = "20", description = "How many of the largest changes to list (default: ${DEFAULT-VALUE}).")
    int top;
    @Option(names = "--report", paramLabel = "<html>", description = "Also write the comparison as an HTML file.")
    Path report;
    @Mixin
    DatabaseOptions database;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws SQLException {
        if (top < 0) {
            throw new UserException("--top must be 0 or more, not " + top);
        }
        ContractDiff.Result diff;
        try (Database db = database.open(System.getenv()); Connection c = db.dataSource().getConnection()) {
            ContractCodes.require(c, from, db);
            ContractCodes.require(c, to, db);
            diff = ContractDiff.compare(c, from, to, top);
        }
        spec.commandLine().getOut().print(DiffReport.text(diff));
        if (report != null) {
            FileWrites.write(report, Access.DEFAULT, DiffReport.html(diff));
            spec.commandLine().getOut().println("\nReport written to " + report);
        }
        return ExitCode.OK;
    }
}
