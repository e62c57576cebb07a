package org.milmove.cli.pricing;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "pricing",
        description = "GHC pricing data (the re_* tables): import the pricing template workbook, verify a dump, list and"
                + " compare contracts, run the scheduled import.",
        subcommands = {PricingImportCommand.class, PricingVerifyCommand.class, PricingContractsCommand.class,
            PricingDiffCommand.class, PricingTaskCommand.class},
        footerHeading = "%nExamples:%n",
        footer = {
            "  bin/milmove pricing import --filename pricing_template.xlsx --verify-only",
            "  bin/milmove pricing import --filename pricing_template.xlsx --contract-code TRUSS_TEST",
            "  bin/milmove pricing verify tmp/20250101120000_pricing_data_truss_test.up.sql",
            "  bin/milmove pricing contracts",
            "  bin/milmove pricing diff --from TRUSS_TEST --to TRUSS_TEST_2026",
            "  bin/milmove pricing task --source s3://pricing-templates/incoming/"})
public final class PricingCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing subcommand: import, verify, contracts, diff or task");
    }
}
