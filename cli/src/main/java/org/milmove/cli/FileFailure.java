package org.milmove.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.regex.Pattern;

/**
 * A file or folder that could not be read or written, in one line: what was being done and why it failed. The JDK
 * names some failures only by their exception class (an {@link AccessDeniedException}'s message is just the path).
 */
final class FileFailure {
    private FileFailure() {
    }

    /** @param e a failure whose message says what was being done, for example "could not write tmp/x.up.sql" */
    static String describe(UncheckedIOException e) {
        IOException cause = e.getCause();
        boolean saysWhat = !e.getMessage().equals(String.valueOf(cause));
        return (saysWhat ? e.getMessage() : "could not use a file") + ": " + reason(cause, saysWhat ? e.getMessage() : "");
    }

    static String describe(IOException e) {
        return "could not use a file: " + reason(e, "");
    }

    /** Why {@code e} happened, naming its file unless {@code context} already does. */
    private static String reason(IOException e, String context) {
        String why;
        if (e instanceof AccessDeniedException) {
            why = "permission denied";
        } else if (e instanceof NoSuchFileException) {
            why = "no such file or folder";
        } else if (e instanceof NotDirectoryException) {
            why = "not a folder";
        } else if (e instanceof FileAlreadyExistsException) {
            why = "it already exists";
        } else if (e instanceof FileSystemException other && other.getReason() != null) {
            why = other.getReason();
        } else if (e instanceof CharacterCodingException) {
            why = "it is not UTF-8 text (is it a binary file?)";
        } else {
            why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
        String file = e instanceof FileSystemException f ? f.getFile() : null;
        return file == null || names(context, file) ? why : why + " (" + file + ")";
    }

    /** True when {@code context} mentions {@code file} as a whole path, not as the start of a longer one. */
    private static boolean names(String context, String file) {
        return Pattern.compile("(^|\\s)" + Pattern.quote(file) + "($|[\\s:,;])").matcher(context).find();
    }
}
