package org.milmove.cli.gen;

import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.milmove.cli.Quoted;
import org.milmove.cli.UserException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "certs-migration",
        description = {
            "Create a secure migration that gives a client certificate (e.g. a CAC) read",
            "and write access to the Orders API and the Prime API: a user",
            "<fingerprint>@api.move.mil, its prime role and its client_certs row, each",
            "with an id fixed in the file. With --update, it changes the fingerprint and",
            "subject of the client_certs row --certid (and its user's e-mail) instead.",
            "Give the certificate file, or its fingerprint and subject as MilMove stores",
            "them. Writes tmp/<version>_<name>.up.sql (owner-only), its stand-in in the",
            "secure folder (the same statements on a fake certificate) and the manifest",
            "line; nothing if any step fails. Default name: add_client_cert",
            "(update_client_cert with --update)."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  bin/milmove gen certs-migration --cert-file ~/cac.pem",
            "  bin/milmove gen certs-migration --fingerprint 0f1e...9a8b --subject \"$SUBJECT\"   # as MilMove stores it",
            "  bin/milmove gen certs-migration --update --certid 6d8e2a5c-0b1f-4d8e-9c3a-2f4b5a6c7d8e --cert-file ~/new-cac.pem"})
public final class CertsMigrationCommand implements Callable<Integer> {
    @Option(names = {"-f", "--fingerprint"}, paramLabel = "SHA256",
            description = "SHA-256 fingerprint of the certificate: 64 hex digits, colons allowed.")
    String fingerprint;

    @Option(names = {"-s", "--subject"}, description = "Subject of the certificate as Go writes it, e.g. CN=...,OU=DoD+OU=PKI,O=U.S. Government,C=US.")
    String subject;

    @Option(names = "--cert-file", paramLabel = "FILE",
            description = "The certificate (PEM or DER): fingerprint and subject are computed from it.")
    Path certFile;

    @Option(names = "--update", description = "Change an existing client_certs row (--certid) instead of adding one.")
    boolean update;

    @Option(names = "--certid", paramLabel = "ID", description = "id of the client_certs row to change, with --update.")
    String certId;

    @Mixin
    GeneratedMigrationOptions migration;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ClientCert cert = cert();
        UUID existing = update ? existingId() : null;
        if (!update && certId != null) {
            throw new UserException("--certid names the row to change with --update: add --update, or leave --certid out");
        }
        SecureMigrationFiles files = migration.check(update ? "update_client_cert" : "add_client_cert");
        ClientCert fake = ClientCertSql.fake("stand-in." + files.fileName());
        GeneratedSql sql;
        if (update) {
            ClientCert fakeNew = ClientCertSql.fake("stand-in.updated." + files.fileName());
            UUID fakeId = UUID.randomUUID();
            sql = new GeneratedSql(ClientCertSql.update(cert, existing),
                    ClientCertSql.create(fake, fakeId) + "\n"
                            + ClientCertSql.update(fakeNew, fakeId));
        } else {
            sql = new GeneratedSql(ClientCertSql.create(cert, UUID.randomUUID()), ClientCertSql.create(fake, UUID.randomUUID()));
        }
        GeneratedMigration.write(files, "certs-migration", sql, spec.commandLine().getOut());
        return 0;
    }

    private ClientCert cert() {
        if (certFile != null) {
            if (fingerprint != null || subject != null) {
                throw new UserException("--cert-file gives the fingerprint and the subject: leave out --fingerprint and --subject");
            }
            return ClientCert.read(certFile);
        }
        if (fingerprint == null || subject == null) {
            throw new UserException("Give the certificate: --cert-file FILE, or both --fingerprint and --subject");
        }
        if (subject.isBlank()) {
            throw new UserException("--subject is empty: give the certificate's subject, or --cert-file");
        }
        return new ClientCert(ClientCert.fingerprint(fingerprint), SqlLiteral.storable("--subject", subject));
    }

    private UUID existingId() {
        if (certId == null) {
            throw new UserException("--update changes an existing client_certs row: give its id with --certid");
        }
        try {
            UUID id = UUID.fromString(certId);
            if (id.toString().equalsIgnoreCase(certId)) {
                return id;
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw new UserException("--certid " + Quoted.of(certId)
                + " is not a UUID (like 6d8e2a5c-0b1f-4d8e-9c3a-2f4b5a6c7d8e): give the id of the client_certs row");
    }
}
