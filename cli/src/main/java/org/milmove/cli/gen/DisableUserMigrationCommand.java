package org.milmove.cli.gen;

import java.util.UUID;
import java.util.concurrent.Callable;
import org.milmove.cli.Quoted;
import org.milmove.cli.UserException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "disable-user-migration",
        description = {
            "Create a secure migration that disables the user with this e-mail address",
            "(users.okta_email, matched exactly): active = false. Writes",
            "tmp/<version>_<name>.up.sql (owner-only), its stand-in in the secure folder",
            "(a fake user, added and then disabled) and the manifest line; nothing if",
            "any step fails. Default name: disable_user."},
        footerHeading = "%nExamples:%n",
        footer = "  bin/milmove gen disable-user-migration --email jane.doe@example.mil")
public final class DisableUserMigrationCommand implements Callable<Integer> {
    @Option(names = {"-e", "--email", "--migration-email"}, required = true, paramLabel = "ADDRESS",
            description = "E-mail address of the user, as users.okta_email holds it.")
    String email;

    @Mixin
    GeneratedMigrationOptions migration;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        int at = email.lastIndexOf('@');
        if (at <= 0 || at == email.length() - 1 || email.strip().length() != email.length()) {
            throw new UserException("--email " + Quoted.of(email) + " is not an e-mail address (name@domain)");
        }
        SqlLiteral.storable("--email", email);
        SecureMigrationFiles files = migration.check("disable_user");
        String fake = "stand-in." + files.migration().fileName().replace(".up.sql", "") + "@example.com";
        GeneratedSql sql = new GeneratedSql(disable(email), """
                INSERT INTO users (id, okta_email, active, created_at, updated_at)
                VALUES (%s, %s, true, now(), now());

                """.formatted(SqlLiteral.of(UUID.randomUUID()), SqlLiteral.of(fake)) + disable(fake));
        GeneratedMigration.write(files, "disable-user-migration", sql, spec.commandLine().getOut());
        return 0;
    }

    private static String disable(String email) {
        return "UPDATE users SET active = false, updated_at = now()\nWHERE okta_email = " + SqlLiteral.of(email) + ";\n";
    }
}
