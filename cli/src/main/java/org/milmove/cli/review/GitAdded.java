package org.milmove.cli.review;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.milmove.cli.UserException;

/**
 * The files added in a folder since a git commit: {@code git diff --diff-filter=A} against it (committed, staged or
 * not) and the untracked files git does not ignore (a migration just generated and not yet added).
 */
final class GitAdded {
    private GitAdded() {
    }

    static List<Path> since(String ref, Path folder) {
        List<Path> added = new ArrayList<>();
        for (String name : git(folder, "diff", "--name-only", "--diff-filter=A", "--relative", ref, "--", ".")) {
            added.add(folder.resolve(name));
        }
        for (String name : git(folder, "ls-files", "--others", "--exclude-standard", "--", ".")) {
            added.add(folder.resolve(name));
        }
        return added;
    }

    private static List<String> git(Path folder, String... arguments) {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(arguments));
        try {
            Process git = new ProcessBuilder(command).directory(folder.toAbsolutePath().toFile()).start();
            git.getOutputStream().close();
            CompletableFuture<String> errors = CompletableFuture.supplyAsync(() -> text(git.getErrorStream()));
            List<String> lines = text(git.getInputStream()).lines().filter(line -> !line.isBlank()).toList();
            if (git.waitFor() != 0) {
                throw new UserException(String.join(" ", command) + " (in " + folder + ") failed: " + errors.join().strip()
                        + ". Give --since a commit git knows (in CI, fetch it first, e.g. git fetch origin main).");
            }
            return lines;
        } catch (IOException e) {
            throw new UserException("--since needs git: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UserException("Interrupted while running git", e);
        }
    }

    private static String text(InputStream stream) {
        try (stream) {
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}
