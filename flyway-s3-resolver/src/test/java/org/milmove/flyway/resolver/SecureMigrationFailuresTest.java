package org.milmove.flyway.resolver;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.SQLException;
import org.flywaydb.core.api.FlywayException;
import org.junit.jupiter.api.Test;

class SecureMigrationFailuresTest {
    private static final String CANARY = "CANARY-078-05-1120";

    @Test
    void s3SecureFoldersAndTheWorkingDirectorysTmpAreSecure() {
        assertThat(SecureMigrationFailures.isSecure("s3://bucket/secure-migrations/20250101000000_a.up.sql")).isTrue();
        assertThat(SecureMigrationFailures.isSecure("migrations/app/secure/20250101000000_a.up.sql")).isTrue();
        assertThat(SecureMigrationFailures.isSecure("/srv/checkout/secure/nested/20250101000000_a.up.sql")).isTrue();
        assertThat(SecureMigrationFailures.isSecure("tmp/20250101000000_a.up.sql")).isTrue();
        assertThat(SecureMigrationFailures.isSecure(Path.of("tmp/secure_migrations/stg/x.up.sql").toAbsolutePath().toString())).isTrue();

        assertThat(SecureMigrationFailures.isSecure("migrations/app/schema/20250101000000_a.up.sql")).isFalse();
        assertThat(SecureMigrationFailures.isSecure("/tmp/junit123/schema/20250101000000_a.up.sql")).as("not the working directory's tmp").isFalse();
        assertThat(SecureMigrationFailures.isSecure("/srv/secure-migrations-notes/20250101000000_a.up.sql")).isFalse();
    }

    @Test
    void aSecureMigrationsFailureKeepsOnlyLocationLineAndSqlState() {
        var failure = new FlywayException("Migration failed\nSQL State  : 22P02\nMessage    : invalid input \"" + CANARY
                + "\"\nLine       : 7\n", new SQLException("ERROR: invalid input \"" + CANARY + "\"", "22P02"));

        FlywayException shown = SecureMigrationFailures.redacted(failure, "s3://bucket/secure/20250101000000_a.up.sql");

        assertThat(shown.getMessage()).isEqualTo("Secure migration s3://bucket/secure/20250101000000_a.up.sql failed at line 7"
                + " (SQL state 22P02). Neither the statement nor the database's message is shown, because secure migrations"
                + " hold sensitive data: read the file at that line.");
        assertThat(shown.getCause()).isNull();
    }

    @Test
    void aParseFailureHasNoSqlState() {
        var failure = new FlywayException("Unable to parse statement in s3://b/x.up.sql at line 2 col 1. Incomplete statement"
                + " at line 2 col 1: SELECT '" + CANARY + "'");

        assertThat(SecureMigrationFailures.redacted(failure, "s3://b/x.up.sql").getMessage())
                .startsWith("Secure migration s3://b/x.up.sql failed at line 2 before the database ran it (Flyway could not"
                        + " read its statements).")
                .doesNotContain(CANARY);
    }

    @Test
    void otherMigrationsFailuresAndFailuresToReadAFileAreShownAsTheyAre() {
        var failure = new FlywayException("Line : 1 " + CANARY);
        var unreadable = new FlywayException("Unable to calculate checksum",
                new UncheckedIOException("could not read migration file /x/secure/a.up.sql", new IOException("Input/output error")));

        assertThat(SecureMigrationFailures.redacted(failure, "migrations/app/schema/20250101000000_a.up.sql")).isSameAs(failure);
        assertThat(SecureMigrationFailures.redacted(failure, null)).isSameAs(failure);
        assertThat(SecureMigrationFailures.redacted(unreadable, "/x/secure/a.up.sql")).isSameAs(unreadable);
    }
}
