package org.milmove.cli.gen;

import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "disable-certs-migration",
        description = {
            "Create a secure migration that takes a client certificate's access away:",
            "its client_certs row and its user's roles are deleted, and its user",
            "<fingerprint>@api.move.mil is made inactive (kept for the records that refer",
            "to it). Writes tmp/<version>_<name>.up.sql (owner-only), its stand-in in the",
            "secure folder (a fake certificate, added and then disabled) and the manifest",
            "line; nothing if any step fails. Default name: disable_client_cert."},
        footerHeading = "%nExamples:%n",
        footer = "  bin/milmove gen disable-certs-migration --fingerprint 0f1e...9a8b")
public final class DisableCertsMigrationCommand implements Callable<Integer> {
    @Option(names = {"-f", "--fingerprint"}, required = true, paramLabel = "SHA256",
            description = "SHA-256 fingerprint of the certificate: 64 hex digits, colons allowed.")
    String fingerprint;

    @Mixin
    GeneratedMigrationOptions migration;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        String checked = ClientCert.fingerprint(fingerprint);
        SecureMigrationFiles files = migration.check("disable_client_cert");
        ClientCert fake = ClientCertSql.fake("stand-in." + files.fileName());
        GeneratedSql sql = new GeneratedSql(ClientCertSql.disable(checked),
                ClientCertSql.create(fake, UUID.randomUUID()) + "\n"
                        + ClientCertSql.disable(fake.fingerprint()));
        GeneratedMigration.write(files, "disable-certs-migration", sql, spec.commandLine().getOut());
        return 0;
    }
}
