package org.milmove.cli.gen;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.milmove.cli.Quoted;
import org.milmove.cli.UserException;
import org.milmove.cli.manifest.AppFolders;
import org.milmove.flyway.manifest.Manifest;
import org.milmove.flyway.manifest.ManifestFile;
import org.milmove.flyway.manifest.MigrationFiles;
import org.milmove.flyway.manifest.MigrationName;

/**
 * The file name of a migration about to be generated, checked against the repository before anything is written:
 * its version and its name are both new, and the manifest can take it.
 */
public record NewMigration(String fileName, AppFolders app) {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]+");
    private static final Pattern VERSION = Pattern.compile("\\d{14}");

    static NewMigration check(AppFolders app, String version, String name) {
        if (!NAME.matcher(name).matches()) {
            throw new UserException(Quoted.of(name) + " is not a usable migration name: use snake case"
                    + " (letters, digits, _ and -; no spaces), e.g. add_orders_index");
        }
        if (!VERSION.matcher(version).matches()) {
            throw new UserException("Version " + Quoted.cut(version) + " is not a UTC timestamp YYYYMMDDHHMMSS (14 digits)");
        }
        List<Path> existing = MigrationFiles.in(app.folders()).migrations();
        refuse(existing, "version " + version, file -> MigrationName.version(file).equals(version),
                "wait a second and run again, or pass another --version");
        refuse(existing, "name " + name, file -> MigrationName.description(file).equals(name), "choose another name");
        String fileName = version + "_" + name + MigrationName.SUFFIX;
        Manifest.read(app.manifest()).entry(fileName).ifPresent(entry -> {
            throw new UserException(fileName + " is already listed in " + app.manifest() + " on line " + entry.line()
                    + "; choose another name or version");
        });
        return new NewMigration(fileName, app);
    }

    private static void refuse(List<Path> existing, String what, Predicate<String> clash, String advice) {
        existing.stream().filter(file -> clash.test(file.getFileName().toString())).findFirst().ifPresent(file -> {
            throw new UserException("A migration with " + what + " already exists: " + file + "; " + advice
                    + ". Nothing was written.");
        });
    }

    public Path schemaFile() {
        return app.schemaDir().resolve(fileName);
    }

    public Path standIn() {
        return app.secureDir().resolve(fileName);
    }

    public Path manifest() {
        return app.manifest();
    }

    /** Adds the file name as the last line of the manifest. */
    public void list() {
        ManifestFile.append(app.manifest(), fileName);
    }
}
