package org.milmove.flyway.manifest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The migration files in local folders (not their subfolders), as a manifest should list them.
 *
 * @param migrations files with a migration name (SQL or fizz), sorted by file name (a name found in two folders is there twice)
 * @param misnamed   files that look like migrations ({@code .sql} or {@code .fizz}) but can never run under their name
 */
public record MigrationFiles(List<Path> migrations, List<Path> misnamed) {
    /** The manifest order: by file name, which for 14-digit versions is version order. */
    static final Comparator<String> ORDER = Comparator.naturalOrder();

    /** @throws ManifestException if a folder does not exist */
    public static MigrationFiles in(List<Path> folders) {
        List<Path> migrations = new ArrayList<>();
        List<Path> misnamed = new ArrayList<>();
        for (Path folder : folders) {
            for (Path file : filesIn(folder)) {
                String name = file.getFileName().toString();
                if (MigrationName.isValid(name)) {
                    migrations.add(file);
                } else if (name.endsWith(".sql") || name.endsWith(".fizz")) {
                    misnamed.add(file);
                }
            }
        }
        migrations.sort(Comparator.comparing(MigrationFiles::name, ORDER));
        return new MigrationFiles(List.copyOf(migrations), List.copyOf(misnamed));
    }

    private static List<Path> filesIn(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new ManifestException("Migration folder not found: " + folder, List.of(folder.toAbsolutePath().toString()),
                    "Run from the repository root or pass the folder explicitly.");
        }
        try (Stream<Path> children = Files.list(folder)) {
            return children.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("could not list " + folder, e);
        }
    }

    static String name(Path file) {
        return file.getFileName().toString();
    }

    /** The distinct file names of {@link #migrations}, sorted. */
    public List<String> names() {
        return migrations.stream().map(MigrationFiles::name).distinct().toList();
    }
}
