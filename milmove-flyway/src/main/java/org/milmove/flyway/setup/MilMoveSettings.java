package org.milmove.flyway.setup;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.flywaydb.core.api.logging.LogFactory;
import org.milmove.flyway.compat.MilMoveResourceProvider;
import org.milmove.flyway.manifest.Manifest;
import org.milmove.flyway.resolver.MigrationPath;
import org.milmove.flyway.resolver.S3Settings;

/**
 * Which MilMove migrations run and how: the main manifest and where its files live ({@code MIGRATION_PATH}), how to
 * reach S3, the DML manifest and the DDL phases (both optional), and how files are read. Manifests are read when the
 * settings are made, so a wrong manifest fails before any database or S3 server is contacted; {@link #open()} opens
 * the rest.
 *
 * <pre>{@code
 * try (MilMoveFlyway migrations = MilMoveSettings.of(Path.of("migrations/app/migrations_manifest.txt"), migrationPath)
 *         .withS3(S3Settings.aws().withRegion("us-gov-west-1"))
 *         .open()) {
 *     migrations.configure().dataSource(dataSource).load().migrate();
 * }
 * }</pre>
 *
 * @param main        the main manifest
 * @param path        where the main and DML manifests' files live
 * @param s3          how to reach S3 when {@code path} or a DDL phase names an {@code s3://} place
 * @param dml         MilMove's DML manifest, applied after the DDL phases and recorded in the same history
 * @param ddl         MilMove's DDL phases, in the order they run
 * @param reading     how files are read
 * @param replacement a local file that takes the place of the main or DML migration of its name
 */
public record MilMoveSettings(Manifest main, MigrationPath path, S3Settings s3, OptionalManifest dml,
                              List<DdlFiles> ddl, Reading reading, Optional<Path> replacement) {

    /** @throws org.milmove.flyway.manifest.ManifestException when a file is listed in both the main and DML manifest */
    public MilMoveSettings {
        ddl = List.copyOf(ddl);
        dml.manifest().ifPresent(main::requireDisjoint);
    }

    /**
     * The main manifest and its files, nothing else: S3 with the AWS default chain's region and credentials, no DML
     * manifest, no DDL phases, files read as MilMove reads them ({@link Reading#DEFAULT}).
     *
     * @param migrationPath a {@code MIGRATION_PATH} value; relative folders are relative to the working directory
     */
    public static MilMoveSettings of(Path manifest, String migrationPath) {
        return new MilMoveSettings(Manifest.read(manifest), MigrationPath.parse(migrationPath, Path.of("")),
                S3Settings.aws(), OptionalManifest.NONE, List.of(), Reading.DEFAULT, Optional.empty());
    }

    public MilMoveSettings withS3(S3Settings settings) {
        return new MilMoveSettings(main, path, settings, dml, ddl, reading, replacement);
    }

    /** MilMove's DML manifest; skipped, with a note in {@link MilMoveFlyway#skipped()}, when the file does not exist. */
    public MilMoveSettings withDml(Path manifestFile) {
        return new MilMoveSettings(main, path, s3, OptionalManifest.read(manifestFile), ddl, reading, replacement);
    }

    public MilMoveSettings withDdl(List<DdlFiles> phases) {
        return new MilMoveSettings(main, path, s3, dml, phases, reading, replacement);
    }

    public MilMoveSettings withReading(Reading how) {
        return new MilMoveSettings(main, path, s3, dml, ddl, how, replacement);
    }

    /** These migrations with {@code file} in place of the listed migration of its name. */
    public MilMoveSettings replacing(Path file) {
        return new MilMoveSettings(main, path, s3, dml, ddl, reading, Optional.of(file));
    }

    /**
     * Opens the file sources and, when a place is on S3, one S3 client; the returned object closes them.
     *
     * @throws org.milmove.flyway.manifest.ManifestException when a DDL phase lists a file that cannot be found
     */
    public MilMoveFlyway open() {
        return MilMoveFlyway.open(this, null);
    }

    /**
     * {@link #open()}, keeping Flyway's checksum of each S3 object, by ETag, in {@code database} beside Flyway's
     * default history table: a run where nothing changed lists the S3 prefixes and fetches no object. Use the
     * database the migrations run on.
     */
    public MilMoveFlyway open(DataSource database) {
        return MilMoveFlyway.open(this, database);
    }

    /**
     * A manifest that may not exist.
     *
     * @param file     where it is looked for; null when none was configured
     * @param manifest what it lists, when the file exists
     */
    public record OptionalManifest(Path file, Optional<Manifest> manifest) {
        /** None configured. */
        public static final OptionalManifest NONE = new OptionalManifest(null, Optional.empty());

        public static OptionalManifest read(Path file) {
            return new OptionalManifest(file, Files.exists(file) ? Optional.of(Manifest.read(file)) : Optional.empty());
        }
    }

    /**
     * One of MilMove's DDL phases: files run on every migrate, in manifest order, never recorded in a history.
     *
     * @param phase    its name in messages, e.g. {@code DDL tables}
     * @param manifest its manifest; the phase is skipped when the file does not exist
     * @param path     where its files live; read only when the manifest exists
     */
    public record DdlFiles(String phase, OptionalManifest manifest, Optional<MigrationPath> path) {
        /** @param migrationPath a {@code MIGRATION_PATH} value; relative folders are relative to the working directory */
        public static DdlFiles read(String phase, Path manifestFile, String migrationPath) {
            OptionalManifest manifest = OptionalManifest.read(manifestFile);
            return new DdlFiles(phase, manifest,
                    manifest.manifest().map(listed -> MigrationPath.parse(migrationPath, Path.of(""))));
        }
    }

    /**
     * How files are read.
     *
     * @param milMoveSql {@code .up.sql} files read as MilMove's Go migrator reads them (COPY data, raw migrations,
     *                   search_path lines); otherwise Flyway reads them unchanged. {@code .up.fizz} files are always
     *                   translated.
     * @param popHistory each applied version also recorded in pop's {@code schema_migration}, so that MilMove's Go
     *                   migrator stays a working fallback
     * @param replayed   versions whose files run exactly as MilMove's Go migrator ran them
     * @param replayHint how a user lists a version for replay, for the warning on files MilMove cuts short
     * @param warnings   where warnings about files go
     */
    public record Reading(boolean milMoveSql, boolean popHistory, Set<String> replayed, String replayHint,
                          Consumer<String> warnings) {
        /** MilMove's reading, no pop history, nothing replayed, warnings to Flyway's log. */
        public static final Reading DEFAULT = new Reading(true, false, Set.of(), "list its version for replay",
                LogFactory.getLog(MilMoveSettings.class)::warn);

        public Reading {
            replayed = Set.copyOf(replayed);
        }

        /**
         * What decides the text Flyway checksums, so that checksums cached under another reading are not used: the
         * options and the build of the reading code (a new jar refetches once).
         */
        String describe() {
            return (milMoveSql ? "MilMove SQL" : "plain SQL") + ", replayed " + new TreeSet<>(replayed) + ", " + build();
        }

        private static String build() {
            try {
                Path code = Path.of(MilMoveResourceProvider.class.getProtectionDomain().getCodeSource().getLocation().toURI());
                return Files.isRegularFile(code)
                        ? code.getFileName() + " " + Files.size(code) + " bytes " + Files.getLastModifiedTime(code)
                        : "classes in " + code;
            } catch (IOException | URISyntaxException | RuntimeException e) {
                return "unknown build " + System.nanoTime();
            }
        }
    }
}
