package org.milmove.cli.db;

import com.sun.security.auth.module.UnixSystem;
import io.zonky.test.db.postgres.util.LinuxUtils;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.milmove.cli.UserException;
import org.milmove.cli.files.FileWrites;
import org.tukaani.xz.XZInputStream;

/**
 * The PostgreSQL 15 binaries packed in the CLI jar for this platform ({@link PostgresBundle}), extracted once per
 * archive content. We run {@code pg_ctl} from them ourselves (rather than through zonky's {@code EmbeddedPostgres})
 * because zonky stops its server when the JVM exits, and {@code milmove db start} must leave the server running.
 */
final class PostgresBinaries {
    private static Path home;

    private PostgresBinaries() {
    }

    /** The command line that runs the named PostgreSQL program with these arguments. */
    static List<String> command(String program, List<String> arguments) {
        Path bin = home().resolve("bin");
        List<String> command = new ArrayList<>();
        // PostgreSQL refuses to run as root; zonky's check (made for root only) finds whether a user namespace can make
        // us someone else. Any other user runs the programs as they are.
        if (LinuxUtils.isUnshareAvailable()) {
            command.addAll(List.of("unshare", "-U"));
        } else if (new UnixSystem().getUid() == 0) {
            throw new UserException("PostgreSQL does not run as root, and 'unshare -U' (which runs it as an unprivileged"
                    + " user in a new user namespace) does not work here: run milmove as another user, allow user"
                    + " namespaces, or pass --db-host to use a server of your own");
        }
        command.add(bin.resolve(program).toString());
        command.addAll(arguments);
        return command;
    }

    static synchronized Path home() {
        if (home == null) {
            home = extract();
        }
        return home;
    }

    private static Path extract() {
        try (InputStream archive = PostgresBundle.current().open()) {
            byte[] bytes = archive.readAllBytes();
            Path root = Path.of(System.getProperty("java.io.tmpdir"), "milmove-postgres");
            Path target = root.resolve("PG-" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
            if (!Files.isDirectory(target)) {
                // Whole or not at all, so that concurrent commands, or one after a crash, never see half an installation.
                FileWrites.createFolder(target, folder -> {
                    untar(bytes, folder);
                    Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
                });
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("could not extract the embedded PostgreSQL binaries", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void untar(byte[] txz, Path directory) throws IOException {
        try (var tar = new TarArchiveInputStream(new XZInputStream(new ByteArrayInputStream(txz)))) {
            for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                Path path = directory.resolve(entry.getName()).normalize();
                if (!path.startsWith(directory)) {
                    throw new IOException("archive entry outside its directory: " + entry.getName());
                }
                Files.createDirectories(entry.isDirectory() ? path : path.getParent());
                if (entry.isSymbolicLink()) {
                    Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
                } else if (!entry.isDirectory()) {
                    Files.copy(tar, path, StandardCopyOption.REPLACE_EXISTING);
                    Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(
                            (entry.getMode() & 0100) != 0 ? "rwxr-xr-x" : "rw-r--r--"));
                }
            }
        }
    }
}
