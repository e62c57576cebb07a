package org.milmove.cli.milmove;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** A copy of the mini-MilMove fixture project (test resources) in a folder of the test's, and its five manifests as options. */
final class MiniMilMove {
    private final Path app;

    private MiniMilMove(Path app) {
        this.app = app;
    }

    static MiniMilMove copyTo(Path dir) {
        try {
            Path source = Path.of(MiniMilMove.class.getResource("/mini-milmove").toURI());
            try (Stream<Path> files = Files.walk(source)) {
                for (Path file : files.toList()) {
                    Path target = dir.resolve(source.relativize(file).toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(file, target);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return new MiniMilMove(dir.resolve("migrations/app"));
    }

    Path app() {
        return app;
    }

    Path file(String relative) {
        return app.resolve(relative);
    }

    /** The options MilMove's .envrc sets, with this copy's paths; {@code migrationPath} as given. */
    List<String> options(String migrationPath) {
        List<String> options = new ArrayList<>(List.of(
                "--migration-manifest", app.resolve("migrations_manifest.txt").toString(),
                "--dml-migration-manifest", app.resolve("dml_migrations_manifest.txt").toString(),
                "--migration-path", migrationPath,
                "--replay-versions", app.resolve("milmove_replay_versions.txt").toString()));
        for (String phase : List.of("types", "tables", "views", "functions")) {
            options.addAll(List.of(
                    "--ddl-" + phase + "-migration-path", "file://" + app.resolve("ddl_migrations/ddl_" + phase),
                    "--ddl-" + phase + "-migration-manifest", app.resolve("ddl_" + phase + "_manifest.txt").toString()));
        }
        return options;
    }

    String localPath() {
        return "file://" + app.resolve("schema") + ";file://" + app.resolve("secure");
    }
}
