package org.milmove.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;

class FileFailureTest {

    @Test
    void saysWhatWasBeingDoneAndWhyInWords() {
        assertThat(FileFailure.describe(new UncheckedIOException("could not write schema/x.up.sql",
                new AccessDeniedException("schema/x.up.sql")))).isEqualTo("could not write schema/x.up.sql: permission denied");
        assertThat(FileFailure.describe(new UncheckedIOException("could not write schema/x.up.sql",
                new IOException("No space left on device")))).isEqualTo("could not write schema/x.up.sql: No space left on device");
        assertThat(FileFailure.describe(new UncheckedIOException("could not write schema/x.up.sql",
                new FileSystemException("schema/x.up.sql", null, "Read-only file system"))))
                .isEqualTo("could not write schema/x.up.sql: Read-only file system");
        assertThat(FileFailure.describe(new UncheckedIOException("could not read manifest m.txt", new MalformedInputException(1))))
                .isEqualTo("could not read manifest m.txt: it is not UTF-8 text (is it a binary file?)");
    }

    @Test
    void namesTheFileWhenTheFailureIsAboutAnotherOne() {
        assertThat(FileFailure.describe(new UncheckedIOException("could not write tmp/x.up.sql", new NoSuchFileException("tmp"))))
                .isEqualTo("could not write tmp/x.up.sql: no such file or folder (tmp)");
        assertThat(FileFailure.describe(new UncheckedIOException(new AccessDeniedException("/srv/lock"))))
                .isEqualTo("could not use a file: permission denied (/srv/lock)");
        assertThat(FileFailure.describe(new AccessDeniedException("report.html")))
                .isEqualTo("could not use a file: permission denied (report.html)");
    }
}
