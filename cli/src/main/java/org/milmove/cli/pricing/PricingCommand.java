package org.milmove.cli.pricing;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "pricing",
        description = "GHC pricing data (the re_* tables): import the pricing template workbook, verify a dump, list and compare contracts.",
        subcommands = {PricingImportCommand.class, PricingVerifyCommand.class, PricingContractsCommand.class,
            PricingDiffCommand.class})
public final class PricingCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing subcommand: import, verify, contracts or diff");
    }
}
