package org.milmove.cli.gen;

import org.milmove.cli.pricing.PricingMigrationCommand;
import org.milmove.cli.pricing.PricingRollbackMigrationCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "gen", description = "Generate migration files and list them in the manifest.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  bin/milmove gen migration -n add_orders_index",
            "  bin/milmove gen secure-migration update_office_users",
            "  bin/milmove gen pricing-migration --contract-code TRUSS_TEST",
            "  bin/milmove gen pricing-rollback-migration --contract-code TRUSS_TEST"},
        subcommands = {MigrationCommand.class, SecureMigrationCommand.class, PricingMigrationCommand.class,
            PricingRollbackMigrationCommand.class})
public final class GenCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing command: migration, secure-migration, pricing-migration or pricing-rollback-migration");
    }
}
