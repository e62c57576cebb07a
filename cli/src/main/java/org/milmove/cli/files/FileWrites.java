package org.milmove.cli.files;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.milmove.cli.UserException;

/**
 * The one way the CLI writes files: each file whole or not at all, and the files of one command all or none.
 *
 * <p>A file's content goes to a temporary file in the target's folder, which is synced to disk; {@link #commit} then
 * renames each one over its target, a single step that readers, a crash or a full disk cannot split. Until
 * {@link #keep}, closing removes the temporary files and every file that {@link #commit} created, so a command that
 * fails half way leaves nothing behind. A file that {@link #replace} put in place cannot be restored: commands that
 * replace files commit as their last step.
 *
 * <pre>{@code
 * try (FileWrites files = new FileWrites()) {
 *     files.create(production, Access.OWNER_ONLY, text);
 *     files.create(standIn, Access.DEFAULT, otherText);
 *     files.commit();
 *     ManifestFile.append(manifest, name);   // fails: both files are removed again
 *     files.keep();
 * }
 * }</pre>
 */
public final class FileWrites implements AutoCloseable {
    /** Who may read a written file. */
    public enum Access {
        /** What the umask gives new files; a replaced file keeps its permissions. */
        DEFAULT,
        /** The owner only ({@code rw-------}), from the moment the file exists: files with production data. */
        OWNER_ONLY
    }

    /** Writes a file's content; the stream is closed by the caller. */
    @FunctionalInterface
    public interface Content<T> {
        T writeTo(OutputStream out) throws IOException;
    }

    /** Fills a new folder's content. */
    @FunctionalInterface
    public interface Filler {
        void fill(Path folder) throws IOException;
    }

    private record Staged(Path temporary, Path target, boolean replaces) {
    }

    private final List<Staged> staged = new ArrayList<>();
    private final List<Path> created = new ArrayList<>();
    private boolean kept;

    /** Writes one file whole, replacing any file of that name; on failure the target is as it was. */
    public static <T> T write(Path target, Access access, Content<T> content) {
        try (FileWrites files = new FileWrites()) {
            T result = files.replace(target, access, content);
            files.commit();
            files.keep();
            return result;
        }
    }

    /** {@link #write(Path, Access, Content)} for text, as UTF-8. */
    public static void write(Path target, Access access, String text) {
        write(target, access, text(text));
    }

    /** Content that is this text, as UTF-8. */
    public static Content<Void> text(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return out -> {
            out.write(bytes);
            return null;
        };
    }

    /**
     * Creates the folder {@code target} whole: filled beside it, every file synced, then renamed into place. If another
     * process created it meanwhile, theirs is kept and ours removed; either way {@code target} is complete after.
     */
    public static void createFolder(Path target, Filler filler) {
        Path parent = folder(target);
        Path temporary = null;
        try {
            Files.createDirectories(parent);
            temporary = Temporaries.folder(parent, target);
            filler.fill(temporary);
            Temporaries.syncTree(temporary);
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                if (!Files.isDirectory(target)) {
                    throw e;
                }
                // Another process created it meanwhile, from the same content: theirs is as good as ours.
                return;
            }
            Temporaries.syncFolder(parent);
        } catch (IOException e) {
            throw failure(target, e);
        } finally {
            if (temporary != null) {
                Temporaries.deleteQuietly(temporary);
            }
        }
    }

    /** Stages a file that must not exist yet; {@link #commit} fails if it does by then. */
    public <T> T create(Path target, Access access, Content<T> content) {
        return stage(target, access, false, content);
    }

    public void create(Path target, Access access, String text) {
        create(target, access, text(text));
    }

    /** Stages a file that replaces any file of that name. */
    public <T> T replace(Path target, Access access, Content<T> content) {
        return stage(target, access, true, content);
    }

    public void replace(Path target, Access access, String text) {
        replace(target, access, text(text));
    }

    /** Moves every staged file into place, in the order staged, then syncs their folders. */
    public void commit() {
        Set<Path> folders = new LinkedHashSet<>();
        for (Staged file : List.copyOf(staged)) {
            try {
                if (file.replaces()) {
                    Files.move(file.temporary(), file.target(), StandardCopyOption.ATOMIC_MOVE);
                } else {
                    // Without REPLACE_EXISTING the move refuses an existing target, then renames in one step.
                    Files.move(file.temporary(), file.target());
                    created.add(file.target());
                }
            } catch (FileAlreadyExistsException e) {
                throw failure(file.target(), "a file of that name appeared while the command ran", "move it away and run again", e);
            } catch (IOException e) {
                throw failure(file.target(), e);
            }
            staged.remove(file);
            folders.add(folder(file.target()));
        }
        folders.forEach(Temporaries::syncFolder);
    }

    /** The command succeeded: what {@link #commit} put in place stays. */
    public void keep() {
        kept = true;
    }

    /** Removes the temporary files and, unless {@link #keep} was called, the files that {@link #commit} created. */
    @Override
    public void close() {
        staged.forEach(file -> Temporaries.deleteQuietly(file.temporary()));
        staged.clear();
        if (!kept) {
            created.forEach(Temporaries::deleteQuietly);
            created.clear();
        }
    }

    private <T> T stage(Path target, Access access, boolean replaces, Content<T> content) {
        Path folder = folder(target);
        if (Files.isDirectory(target)) {
            // Refused before anything is written: a rename over a folder would fail only when the set is committed.
            throw failure(target, "it is a directory", "choose another name", null);
        }
        try {
            Files.createDirectories(folder);
            Path temporary = Temporaries.file(folder, target, access, replaces);
            staged.add(new Staged(temporary, target, replaces));
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE);
                    OutputStream out = Channels.newOutputStream(channel)) {
                T result = content.writeTo(out);
                out.flush();
                channel.force(true);
                return result;
            }
        } catch (IOException e) {
            throw failure(target, e);
        }
    }

    private static Path folder(Path target) {
        return target.toAbsolutePath().getParent();
    }

    private static UserException failure(Path target, IOException e) {
        return failure(target, Reasons.of(e, target), "make sure its folder can be written and has space, then run again", e);
    }

    private static UserException failure(Path target, String why, String advice, IOException e) {
        return new UserException("Cannot write " + target + ": " + why + ". Nothing was written; " + advice + ".", e);
    }
}
