package org.milmove.cli.pricing;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.milmove.cli.ExitCode;
import org.milmove.cli.db.Database;
import org.milmove.cli.db.DatabaseOptions;
import org.milmove.cli.pricing.PricingTask.Outcome;
import org.milmove.cli.s3.S3Options;
import org.milmove.cli.s3.S3PrefixConverter;
import org.milmove.flyway.resolver.MigrationLocation.S3Prefix;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import software.amazon.awssdk.services.s3.S3Client;

@Command(name = "task",
        description = {
            "The scheduled import, for a container run on a schedule: imports each pricing template workbook (.xlsx)",
            "directly under --source whose contract is not in re_contracts yet, each in its own transaction, and",
            "writes its text and HTML report next to it (or under --report-to). The contract comes from the object's",
            "metadata (x-amz-meta-contract-code, x-amz-meta-contract-start-date, optional x-amz-meta-contract-name)",
            "or else its name, <CONTRACT_CODE>_<YYYY-MM-DD>.xlsx. Tasks started at once import each contract once."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every workbook was imported or skipped, or there was nothing to do",
            "1:some workbook failed (its report says why; the others were still processed)",
            "2:bad usage, S3 refused to list --source, or the database has no pricing tables"},
        footerHeading = "%nExamples:%n",
        footer = {
            "  bin/milmove pricing task --source s3://pricing-bucket/templates/",
            "  bin/milmove pricing task --source s3://pricing-bucket/templates/ --report-to s3://pricing-bucket/reports/"})
public final class PricingTaskCommand implements Callable<Integer> {
    @Option(names = "--source", required = true, paramLabel = "s3://bucket/prefix", converter = S3PrefixConverter.class,
            description = "Where the workbooks are uploaded; only objects directly under it are read.")
    S3Prefix source;
    @Option(names = "--report-to", paramLabel = "s3://bucket/prefix", converter = S3PrefixConverter.class,
            description = "Where the reports go (default: next to each workbook).")
    S3Prefix reportTo;
    @Mixin
    S3Options s3;
    @Mixin
    DatabaseOptions database;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws SQLException {
        PrintWriter out = spec.commandLine().getOut();
        List<Outcome> outcomes;
        try (S3Client client = s3.settings().createClient(); Database db = database.open(System.getenv());
                Connection connection = db.dataSource().getConnection()) {
            outcomes = new PricingTask(client, connection, source, reportTo, out).run();
        }
        if (outcomes.isEmpty()) {
            out.println("No .xlsx workbooks under " + source + "; nothing to do.");
        } else {
            out.printf(Locale.ROOT, "%d workbooks: %d imported, %d skipped, %d failed.%n", outcomes.size(),
                    Collections.frequency(outcomes, Outcome.IMPORTED), Collections.frequency(outcomes, Outcome.SKIPPED),
                    Collections.frequency(outcomes, Outcome.FAILED));
        }
        out.flush();
        return outcomes.contains(Outcome.FAILED) ? ExitCode.FAILED : ExitCode.OK;
    }
}
