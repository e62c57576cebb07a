package org.milmove.cli.migrate;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.milmove.cli.db.Database;
import org.milmove.flyway.compat.MilMoveResourceProvider;
import org.milmove.flyway.compat.ddl.DdlPhase;
import org.milmove.flyway.manifest.Manifest;
import org.milmove.flyway.manifest.ManifestResourceProvider;
import org.milmove.flyway.resolver.ChecksumCache;
import org.milmove.flyway.resolver.MigrationLocation.LocalFolder;
import org.milmove.flyway.resolver.MigrationLocation.S3Prefix;
import org.milmove.flyway.resolver.MigrationPath;
import org.milmove.flyway.resolver.MigrationPathResourceProvider;
import org.milmove.flyway.resolver.S3Settings;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.resource.LoadableResource;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * MilMove's migrations as configured and checked, not yet pointed at a database: the main manifest, the DML manifest
 * (if it exists), the four DDL phases (each skipped if its manifest does not exist), where the files live and how
 * they are read.
 *
 * @param replacement a local file that takes the place of the main or DML migration of its name (pricing verify)
 */
record MilMoveMigrations(Manifest main, Optional<Manifest> dml, Path dmlManifestFile, List<DdlFiles> ddl,
                         MigrationPath path, S3Settings s3, Reading reading, Optional<Path> replacement) {

    /** Flyway's default history table, which the toolkit keeps. */
    private static final String HISTORY_TABLE = "flyway_schema_history";

    /** A manifest and where its files live. */
    record Listed(Manifest manifest, MigrationPath path) {
    }

    /** A DDL phase as configured; empty when its manifest does not exist. */
    record DdlFiles(String phase, Path manifestFile, Optional<Listed> listed) {
    }

    /**
     * How files are read: MilMove's SQL semantics, pop's history kept in step, versions replayed as MilMove ran them
     * and how a user adds one, and where warnings about files go.
     */
    record Reading(boolean milMoveSql, boolean popHistory, Set<String> replayed, String replayHint,
                   Consumer<String> warnings) {

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

    /** These migrations with {@code file} in place of the listed migration of its name. */
    MilMoveMigrations replacing(Path file) {
        return new MilMoveMigrations(main, dml, dmlManifestFile, ddl, path, s3, reading, Optional.of(file));
    }

    /** Points these migrations at {@code database}; closing the run releases the file sources and the S3 client. */
    MigrationRun open(Database database) {
        boolean needsS3 = Stream.concat(Stream.of(path), ddl.stream().flatMap(d -> d.listed().stream()).map(Listed::path))
                .flatMap(p -> p.locations().stream()).anyMatch(S3Prefix.class::isInstance);
        S3Client client = needsS3 ? s3.createClient() : null;
        List<AutoCloseable> resources = new ArrayList<>();
        // A replacement file takes an S3 object's name, so only runs without one may skip fetching unchanged objects.
        Optional<ChecksumCache> cache = needsS3 && replacement.isEmpty()
                ? Optional.of(ChecksumCache.load(database.dataSource(), HISTORY_TABLE, reading.describe()))
                : Optional.empty();
        var builder = MigrationPathResourceProvider.builder(path)
                .s3(client)
                .fetchOnly(name -> main.lists(name) || dml.map(m -> m.lists(name)).orElse(false));
        cache.ifPresent(builder::checksumCache);
        MigrationPathResourceProvider files = builder.build();
        resources.add(files);
        MilMoveResourceProvider read = reader(replacement.isEmpty() ? files : replaced(files, replacement.get(), resources));
        List<MilMoveResourceProvider> readers = new ArrayList<>(List.of(read));
        ResourceProvider seen = cache.map(c -> c.wrap(read, files)).orElse(read);
        cache.ifPresent(c -> resources.add(c::save));
        var mainListed = new ManifestResourceProvider(main, seen, path.describe());
        Optional<ManifestResourceProvider> dmlListed = dml.map(m -> new ManifestResourceProvider(m, seen, path.describe()));
        List<DdlPhase> phases = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (DdlFiles phase : ddl) {
            if (phase.listed().isEmpty()) {
                skipped.add(phase.phase() + ": skipped, no manifest " + phase.manifestFile());
                continue;
            }
            Listed listed = phase.listed().get();
            MigrationPathResourceProvider ddlFiles = MigrationPathResourceProvider.builder(listed.path())
                    .s3(client).fetchOnly(listed.manifest()::lists).build();
            resources.add(ddlFiles);
            MilMoveResourceProvider ddlRead = reader(ddlFiles);
            readers.add(ddlRead);
            phases.add(ddlPhase(phase.phase(), listed, ddlRead));
        }
        if (dml.isEmpty()) {
            skipped.add("DML: skipped, no manifest " + dmlManifestFile);
        }
        if (client != null) {
            resources.add(client);
        }
        return new MigrationRun(database, mainListed, dmlListed, phases, skipped, readers, reading.popHistory(), resources,
                cache);
    }

    private static ResourceProvider replaced(ResourceProvider files, Path file, List<AutoCloseable> resources) {
        Path folder = file.toAbsolutePath().getParent();
        var folderFiles = new MigrationPathResourceProvider(new MigrationPath(List.of(new LocalFolder(folder))));
        resources.add(folderFiles);
        return new ReplacedFile(files, folderFiles.getResource(file.getFileName().toString()));
    }

    private MilMoveResourceProvider reader(ResourceProvider files) {
        return MilMoveResourceProvider.builder(files)
                .milMoveSql(reading.milMoveSql())
                .replay(reading.replayed(), reading.replayHint())
                .onWarning(reading.warnings())
                .build();
    }

    /** The phase's listed files in manifest order; a listed file that is missing fails here, before anything runs. */
    private static DdlPhase ddlPhase(String name, Listed listed, MilMoveResourceProvider read) {
        var provider = new ManifestResourceProvider(listed.manifest(), read, listed.path().describe());
        provider.requireListedFiles(MilMoveResourceProvider.SUFFIXES);
        List<LoadableResource> files = listed.manifest().entries().stream()
                .map(entry -> provider.getResource(entry.fileName()))
                .toList();
        return new DdlPhase(name, files);
    }
}
