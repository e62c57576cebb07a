package org.milmove.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.milmove.testsupport.TestDatabase;
import org.milmove.testsupport.WithPostgres;

/**
 * Files and folders the user names that cannot be read: each is exit code 2 and one line naming the file and why,
 * never a stack trace. Tests may run as root, who reads anything: a file that not even root can read is a link to
 * /proc/self/mem, whose reading fails with an I/O error.
 */
@WithPostgres
class UnusableFilesTest {
    private static final Path UNREADABLE = Path.of("/proc/self/mem");
    private final TestDatabase db;
    @TempDir
    Path dir;
    private MigrationProject project;

    UnusableFilesTest(TestDatabase db) {
        this.db = db;
    }

    @BeforeEach
    void project() throws SQLException {
        db.emptyPublicSchema();
        project = new MigrationProject(dir).listed("schema", "20250101000000_create_things.up.sql", "CREATE TABLE things (name text);");
    }

    @Test
    void aManifestThatIsAFolderBinaryOrUnreadable() throws Exception {
        Path binary = Files.write(dir.resolve("binary.txt"), new byte[] {(byte) 0xC3, 0x28, 0x00, (byte) 0xFF});
        Path unreadable = Files.createSymbolicLink(dir.resolve("unreadable.txt"), UNREADABLE);

        assertOneLine(migrate("-m", dir.toString()), "milmove: could not read manifest " + dir + ": Is a directory");
        assertOneLine(migrate("-m", binary.toString()),
                "milmove: could not read manifest " + binary + ": it is not UTF-8 text (is it a binary file?)");
        assertOneLine(migrate("-m", unreadable.toString()),
                "milmove: could not read manifest " + unreadable + ": Input/output error");
    }

    @Test
    void anEnvironmentsFileThatIsAFolderBinaryOrUnreadable() throws Exception {
        Path binary = Files.write(dir.resolve("environments.properties"), new byte[] {(byte) 0xFF, (byte) 0xFE, 0x00});
        Path unreadable = Files.createSymbolicLink(dir.resolve("unreadable.properties"), UNREADABLE);

        assertOneLine(migrate("--environment", "stg", "--environments-file", dir.toString()),
                "milmove: could not read environments file " + dir + ": Is a directory");
        assertOneLine(migrate("--environment", "stg", "--environments-file", binary.toString()),
                "milmove: could not read environments file " + binary + ": it is not UTF-8 text (is it a binary file?)");
        assertOneLine(migrate("--environment", "stg", "--environments-file", unreadable.toString()),
                "milmove: could not read environments file " + unreadable + ": Input/output error");
    }

    @Test
    void anUnreadableMigrationFile() throws Exception {
        Path file = Files.createSymbolicLink(dir.resolve("schema").resolve("20250102000000_unreadable.up.sql"), UNREADABLE);
        project.list("20250102000000_unreadable.up.sql");

        assertOneLine(migrate(), "milmove: could not read migration file " + file + ": Input/output error");
    }

    @Test
    void anUnreadableMigrationFolder() throws Exception {
        assumeFalse("root".equals(System.getProperty("user.name")), "root reads any folder");
        Path schema = dir.resolve("schema");
        Files.setPosixFilePermissions(schema, PosixFilePermissions.fromString("-wx------"));
        try {
            assertOneLine(migrate(), "milmove: could not list MIGRATION_PATH entry file://" + schema + ": permission denied");
        } finally {
            Files.setPosixFilePermissions(schema, PosixFilePermissions.fromString("rwx------"));
        }
    }

    private static void assertOneLine(CliResult result, String line) {
        assertThat(result.exitCode()).as(result.all()).isEqualTo(2);
        assertThat(result.err()).isEqualTo(line + System.lineSeparator());
    }

    private CliResult migrate(String... options) {
        return CliResult.run(project.args("migrate", db, options));
    }
}
