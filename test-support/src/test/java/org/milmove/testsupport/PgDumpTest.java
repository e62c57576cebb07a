package org.milmove.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PgDumpTest {
    @TempDir
    Path dir;

    @Test
    void onlyAnExecutableFileNamedPgDumpInOneOfThePathsDirectoriesCounts() throws Exception {
        Path empty = Files.createDirectory(dir.resolve("empty"));
        Path notExecutable = Files.createDirectory(dir.resolve("plain"));
        Files.writeString(notExecutable.resolve("pg_dump"), "");
        Path client = Files.createDirectory(dir.resolve("client"));
        Files.writeString(client.resolve("pg_dump"), "#!/bin/sh\n");
        Files.setPosixFilePermissions(client.resolve("pg_dump"), PosixFilePermissions.fromString("rwxr-xr-x"));

        assertThat(PgDump.onPath(null)).isFalse();
        assertThat(PgDump.onPath(empty + File.pathSeparator + notExecutable)).isFalse();
        assertThat(PgDump.onPath(empty + File.pathSeparator + client)).isTrue();
    }
}
