package org.milmove.cli.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.milmove.cli.UserException;
import org.milmove.cli.files.FileWrites.Access;

class FileWritesTest {
    @TempDir
    Path dir;

    @Test
    void aReaderOfTheOldFileNeverSeesTheNewContent() throws Exception {
        Path file = Files.writeString(dir.resolve("report.html"), "old");

        try (InputStream reader = Files.newInputStream(file)) {
            FileWrites.write(file, Access.DEFAULT, "new and longer");

            assertThat(new String(reader.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("old");
        }
        assertThat(Files.readString(file)).isEqualTo("new and longer");
    }

    @Test
    void aWriteThatFailsHalfWayLeavesTheFileAsItWasAndNoTemporaryFile() throws Exception {
        Path file = Files.writeString(dir.resolve("report.html"), "old");

        assertThatThrownBy(() -> FileWrites.write(file, Access.DEFAULT, out -> {
            out.write("half of the new".getBytes(StandardCharsets.UTF_8));
            throw new IOException("No space left on device");
        })).isInstanceOf(UserException.class)
                .hasMessage("Cannot write " + file + ": no space left on device. Nothing was written;"
                        + " make sure its folder can be written and has space, then run again.");

        assertThat(Files.readString(file)).isEqualTo("old");
        assertThat(names()).containsExactly("report.html");
    }

    @Test
    void ownerOnlyFilesAreNeverReadableByOthersNotEvenWhileTheyAreWritten() throws Exception {
        Path file = dir.resolve("20250101000000_secret.up.sql");

        FileWrites.write(file, Access.OWNER_ONLY, out -> {
            try (Stream<Path> temporary = Files.list(dir)) {
                assertThat(Files.getPosixFilePermissions(temporary.findFirst().orElseThrow())).isEqualTo(ownerOnly());
            }
            out.write("secret".getBytes(StandardCharsets.UTF_8));
            return null;
        });

        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(ownerOnly());
        Path shared = Files.writeString(dir.resolve("shared.sql"), "was readable");
        FileWrites.write(shared, Access.OWNER_ONLY, "now secret");
        assertThat(Files.getPosixFilePermissions(shared)).isEqualTo(ownerOnly());
    }

    @Test
    void otherFilesGetWhatTheUmaskGivesOrKeepThePermissionsOfTheFileTheyReplace() throws Exception {
        Path plain = Files.createFile(dir.resolve("made-by-the-umask"));
        Path file = dir.resolve("new.csv");
        Path replaced = Files.writeString(dir.resolve("old.csv"), "old");
        Files.setPosixFilePermissions(replaced, PosixFilePermissions.fromString("rw-r-----"));

        FileWrites.write(file, Access.DEFAULT, "a,b\n");
        FileWrites.write(replaced, Access.DEFAULT, "a,b\n");

        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(Files.getPosixFilePermissions(plain));
        assertThat(Files.getPosixFilePermissions(replaced)).isEqualTo(PosixFilePermissions.fromString("rw-r-----"));
    }

    @Test
    void nothingIsInPlaceBeforeCommitAndCreatedFilesGoAgainWithoutKeep() throws Exception {
        Path a = dir.resolve("a.sql");
        Path b = dir.resolve("sub").resolve("b.sql");

        try (FileWrites files = new FileWrites()) {
            files.create(a, Access.DEFAULT, "a");
            files.create(b, Access.OWNER_ONLY, "b");
            assertThat(a).doesNotExist();
            assertThat(b).doesNotExist();
            files.commit();
            assertThat(a).hasContent("a");
            assertThat(b).hasContent("b");
        }

        assertThat(a).doesNotExist();
        assertThat(b).doesNotExist();
        assertThat(names()).containsExactly("sub");
    }

    @Test
    void keptFilesStay() throws Exception {
        Path a = dir.resolve("a.sql");

        try (FileWrites files = new FileWrites()) {
            files.create(a, Access.DEFAULT, "a");
            files.commit();
            files.keep();
        }

        assertThat(a).hasContent("a");
    }

    @Test
    void aNewFileNeverReplacesOneThatAppearedMeanwhileAndTheOthersGoAgain() throws Exception {
        Path a = dir.resolve("a.sql");
        Path b = dir.resolve("b.sql");

        try (FileWrites files = new FileWrites()) {
            files.create(a, Access.DEFAULT, "ours");
            files.create(b, Access.DEFAULT, "ours");
            Files.writeString(b, "theirs");

            assertThatThrownBy(files::commit).isInstanceOf(UserException.class)
                    .hasMessage("Cannot write " + b + ": a file of that name appeared while the command ran."
                            + " Nothing was written; move it away and run again.");
        }

        assertThat(a).doesNotExist();
        assertThat(b).hasContent("theirs");
        assertThat(names()).containsExactly("b.sql");
    }

    @Test
    void aFolderInTheWayIsRefusedBeforeAnythingIsWritten() throws Exception {
        Path a = dir.resolve("a.sql");
        Path folder = Files.createDirectory(dir.resolve("b.sql"));

        try (FileWrites files = new FileWrites()) {
            files.replace(a, Access.DEFAULT, "a");
            assertThatThrownBy(() -> files.replace(folder, Access.DEFAULT, "b")).isInstanceOf(UserException.class)
                    .hasMessage("Cannot write " + folder + ": it is a directory. Nothing was written; choose another name.");
        }

        assertThat(names()).containsExactly("b.sql");
    }

    @Test
    void aFileWhereItsFolderShouldBeIsAFailureThatNamesTheFile() throws Exception {
        Files.writeString(dir.resolve("tmp"), "a file, not a folder");
        Path file = dir.resolve("tmp").resolve("20250101000000_secret.up.sql");

        assertThatThrownBy(() -> FileWrites.write(file, Access.OWNER_ONLY, "secret"))
                .isInstanceOf(UserException.class)
                .hasMessageStartingWith("Cannot write " + file + ": a file of that name is in the way. Nothing was written;");
    }

    @Test
    void aFolderIsCreatedWholeOrKeptAsAnotherProcessMadeIt() throws Exception {
        Path target = dir.resolve("PG-1");

        FileWrites.createFolder(target, folder -> Files.writeString(Files.createDirectory(folder.resolve("bin")).resolve("pg_ctl"), "ours"));
        FileWrites.createFolder(dir.resolve("PG-2"), folder -> {
            Files.createDirectories(dir.resolve("PG-2").resolve("bin"));
            Files.writeString(dir.resolve("PG-2").resolve("bin").resolve("pg_ctl"), "theirs");
            Files.writeString(folder.resolve("ours"), "lost the race");
        });

        assertThat(target.resolve("bin").resolve("pg_ctl")).hasContent("ours");
        assertThat(dir.resolve("PG-2").resolve("bin").resolve("pg_ctl")).hasContent("theirs");
        assertThat(names()).containsExactly("PG-1", "PG-2");
        assertThatThrownBy(() -> FileWrites.createFolder(dir.resolve("PG-3"), folder -> {
            Files.writeString(folder.resolve("half"), "x");
            throw new IOException("No space left on device");
        })).isInstanceOf(UserException.class).hasMessageContaining("no space left on device");
        assertThat(names()).containsExactly("PG-1", "PG-2");
    }

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    private static Set<PosixFilePermission> ownerOnly() {
        return PosixFilePermissions.fromString("rw-------");
    }
}
