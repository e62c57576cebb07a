package org.milmove.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.milmove.testsupport.TestDatabase;

/** A throwaway project folder with schema/ and secure/ folders and a manifest, written by a test. */
public final class MigrationProject {
    private final Path root;
    private final List<String> manifestLines = new ArrayList<>(List.of("# test manifest"));

    public MigrationProject(Path root) {
        this.root = root;
        try {
            Files.createDirectories(root.resolve("schema"));
            Files.createDirectories(root.resolve("secure"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        writeManifest();
    }

    /** A project holding copies of the repository's migrations (migrations/app), listed as its manifest lists them. */
    public static MigrationProject ofRepository(Path root) {
        Path app = Path.of("..", "migrations", "app").toAbsolutePath().normalize();
        MigrationProject project = new MigrationProject(root);
        try {
            for (String folder : List.of("schema", "secure")) {
                try (var files = Files.list(app.resolve(folder))) {
                    for (Path file : files.toList()) {
                        Files.copy(file, root.resolve(folder).resolve(file.getFileName()));
                    }
                }
            }
            Files.readAllLines(app.resolve("migrations_manifest.txt")).forEach(project::list);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return project;
    }

    /** Writes {@code folder/name} and lists it in the manifest. */
    public MigrationProject listed(String folder, String name, String sql) {
        unlisted(folder, name, sql);
        return list(name);
    }

    /** Writes {@code folder/name} without listing it. */
    public MigrationProject unlisted(String folder, String name, String sql) {
        try {
            Files.writeString(root.resolve(folder).resolve(name), sql);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Adds a manifest line, whether or not the file exists. */
    public MigrationProject list(String line) {
        manifestLines.add(line);
        writeManifest();
        return this;
    }

    /**
     * {@code command} over this project against {@code db}; {@code options} (name, value pairs) replace or add to the
     * project's and the database's options.
     */
    public List<String> args(String command, TestDatabase db, String... options) {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("-m", manifest().toString());
        all.put("--migration-path", migrationPath());
        List<String> connection = connection(db);
        for (int i = 0; i < connection.size(); i += 2) {
            all.put(connection.get(i), connection.get(i + 1));
        }
        for (int i = 0; i < options.length; i += 2) {
            all.put(options[i], options[i + 1]);
        }
        List<String> args = new ArrayList<>(List.of(command));
        all.forEach((option, value) -> args.addAll(List.of(option, value)));
        return args;
    }

    /** The options that connect to {@code db}, without retries. */
    public static List<String> connection(TestDatabase db) {
        return List.of("--db-host", db.host(), "--db-port", String.valueOf(db.port()), "--db-name", db.name(),
                "--db-user", db.user(), "--db-password", db.password(), "--db-retry-max", "0");
    }

    public Path root() {
        return root;
    }

    public Path manifest() {
        return root.resolve("migrations_manifest.txt");
    }

    public String migrationPath() {
        return root.resolve("schema") + ";" + root.resolve("secure");
    }

    private void writeManifest() {
        try {
            Files.write(manifest(), manifestLines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
