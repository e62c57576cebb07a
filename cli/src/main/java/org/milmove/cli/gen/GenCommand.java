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
            "  bin/milmove gen migration add_orders_index",
            "  bin/milmove gen secure-migration update_office_users",
            "  bin/milmove gen pricing-migration --contract-code TRUSS_TEST",
            "  bin/milmove gen pricing-rollback-migration --contract-code TRUSS_TEST",
            "  bin/milmove gen certs-migration --cert-file ~/cac.pem",
            "  bin/milmove gen disable-certs-migration --fingerprint 0f1e...9a8b",
            "  bin/milmove gen disable-user-migration --email jane.doe@example.mil",
            "  bin/milmove gen duty-locations-migration --filename new_locations.csv"},
        subcommands = {MigrationCommand.class, SecureMigrationCommand.class, PricingMigrationCommand.class,
            PricingRollbackMigrationCommand.class, CertsMigrationCommand.class, DisableCertsMigrationCommand.class,
            DisableUserMigrationCommand.class, DutyLocationsMigrationCommand.class})
public final class GenCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing command: migration, secure-migration, pricing-migration,"
                + " pricing-rollback-migration, certs-migration, disable-certs-migration, disable-user-migration or"
                + " duty-locations-migration");
    }
}
