package org.milmove.cli.files;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import org.milmove.cli.files.FileWrites.Access;

/**
 * The temporary files and folders a target is written to, beside it: hidden and ending in {@code .tmp}, so that no
 * migration scan takes a leftover for a migration.
 */
final class Temporaries {
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private Temporaries() {
    }

    /**
     * A new, empty file with the permissions the target will have: owner-only files are created so; others get what
     * the umask gives, or the permissions of the file they replace.
     */
    static Path file(Path folder, Path target, Access access, boolean replaces) throws IOException {
        Path temporary = name(folder, target);
        if (!Files.getFileStore(folder).supportsFileAttributeView(PosixFileAttributeView.class)) {
            return Files.createFile(temporary);
        }
        if (access == Access.OWNER_ONLY) {
            return Files.createFile(temporary, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        }
        Files.createFile(temporary);
        if (replaces && Files.isRegularFile(target)) {
            Files.setPosixFilePermissions(temporary, Files.getPosixFilePermissions(target));
        }
        return temporary;
    }

    static Path folder(Path parent, Path target) throws IOException {
        return Files.createDirectory(name(parent, target));
    }

    /** Syncs every file and folder under {@code root}, deepest first, so that a rename of root is never ahead of them. */
    static void syncTree(Path root) throws IOException {
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(root)) {
            paths = walk.sorted(Comparator.reverseOrder()).toList();
        }
        for (Path path : paths) {
            if (Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
                try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
                    channel.force(true);
                }
            } else if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                syncFolder(path);
            }
        }
    }

    /** Makes renames in a folder durable; not every platform can open a folder for this (Windows): there it is skipped. */
    static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // The files themselves are synced; only the rename may be lost in a crash on such a platform.
        }
    }

    /** Deletes a temporary file or folder that is left after a failure; the failure is the error worth reporting. */
    static void deleteQuietly(Path path) {
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // Best effort: a leftover is hidden, ends in .tmp, and is named after its target.
        }
    }

    private static Path name(Path folder, Path target) {
        return folder.resolve("." + target.getFileName() + "."
                + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
    }
}
