package org.milmove.flyway.setup;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;
import org.flywaydb.core.api.output.ValidateResult;
import org.flywaydb.core.api.resource.LoadableResource;
import org.milmove.flyway.compat.MilMoveResourceProvider;
import org.milmove.flyway.compat.ddl.DdlMigrationException;
import org.milmove.flyway.compat.ddl.DdlPhase;
import org.milmove.flyway.compat.ddl.DdlResult;
import org.milmove.flyway.compat.ddl.DdlRunner;
import org.milmove.flyway.compat.pop.PopHistoryCallback;
import org.milmove.flyway.manifest.ManifestCallback;
import org.milmove.flyway.manifest.ManifestException;
import org.milmove.flyway.manifest.ManifestResourceProvider;
import org.milmove.flyway.manifest.MilMoveConventions;
import org.milmove.flyway.resolver.ChecksumCache;
import org.milmove.flyway.resolver.FailedMigration;
import org.milmove.flyway.resolver.MigrationLocation.LocalFolder;
import org.milmove.flyway.resolver.MigrationLocation.S3Prefix;
import org.milmove.flyway.resolver.MigrationPath;
import org.milmove.flyway.resolver.MigrationPathResourceProvider;
import org.milmove.flyway.resolver.SecureMigrationFailures;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * MilMove's migrations opened ({@link MilMoveSettings#open()}): the whole Flyway stack, built once. {@link #configure}
 * gives Flyway's own {@link FluentConfiguration} for the main manifest, to which the caller adds a data source and
 * any other setting. The DML manifest and the DDL phases, which MilMove runs after the main manifest, come from
 * {@link #configureDml} and {@link #ddlPhases}; {@link #migrateInOrder} runs them all in MilMove's order, {@link #migrate}
 * and {@link #runDdl} one at a time, with secure failures redacted. Closing releases the file sources and the S3 client.
 */
public final class MilMoveFlyway implements AutoCloseable {
    /** Flyway's default history table, which the checksum cache sits beside. */
    private static final String HISTORY_TABLE = "flyway_schema_history";
    private final ManifestResourceProvider main;
    private final Optional<ManifestResourceProvider> dml;
    private final List<DdlPhase> ddl;
    private final List<String> skipped;
    private final List<MilMoveResourceProvider> readers;
    private final boolean popHistory;
    private final List<AutoCloseable> resources;
    private final FailedMigration failed = new FailedMigration();
    private final Optional<ChecksumCache> checksums;

    private MilMoveFlyway(Opened opened, ManifestResourceProvider main, Optional<ManifestResourceProvider> dml,
                          boolean popHistory) {
        this.main = main;
        this.dml = dml;
        this.ddl = List.copyOf(opened.phases);
        this.skipped = List.copyOf(opened.skipped);
        this.readers = List.copyOf(opened.readers);
        this.popHistory = popHistory;
        this.resources = List.copyOf(opened.resources);
        this.checksums = opened.cache;
    }

    static MilMoveFlyway open(MilMoveSettings settings, DataSource checksums) {
        Opened opened = new Opened(settings, checksums);
        try {
            return opened.open();
        } catch (RuntimeException e) {
            opened.closeAll();
            throw e;
        }
    }

    /**
     * The main manifest's stack on {@code configuration}: MilMove's naming and conventions, the listed files only, a
     * listed file that is missing failing before anything runs, pop's history if asked for. Callbacks already
     * configured are kept.
     */
    public FluentConfiguration configure(FluentConfiguration configuration) {
        List<Callback> callbacks = new ArrayList<>(List.of(configuration.getCallbacks()));
        callbacks.addAll(callbacks(main));
        return conventions(configuration)
                .resourceProvider(main)
                .callbacks(callbacks.toArray(Callback[]::new));
    }

    /** {@link #configure(FluentConfiguration)} on a new configuration. */
    public FluentConfiguration configure() {
        return configure(Flyway.configure());
    }

    /**
     * The DML manifest's stack: {@code main}'s settings (data source, history table, …) with the DML files and this
     * stack's callbacks only. Empty when no DML manifest exists.
     */
    public Optional<FluentConfiguration> configureDml(Configuration main) {
        return dml.map(listed -> copy(main).resourceProvider(listed).callbacks(callbacks(listed).toArray(Callback[]::new)));
    }

    /**
     * The main and DML manifests' files together, with {@code main}'s settings: for info, validate and adopt, which
     * must see the whole history (alone, each manifest would take the other's rows for missing files).
     */
    public FluentConfiguration configureVersioned(Configuration main) {
        List<ManifestResourceProvider> parts = Stream.concat(Stream.of(this.main), dml.stream()).toList();
        return copy(main)
                .resourceProvider(new CombinedResources(List.copyOf(parts)))
                .callbacks(parts.stream().map(ManifestCallback::new).toArray(Callback[]::new));
    }

    /** The main manifest's files, as Flyway sees them. */
    public ManifestResourceProvider mainFiles() {
        return main;
    }

    /** The DML manifest's files, as Flyway sees them; empty when no DML manifest exists. */
    public Optional<ManifestResourceProvider> dmlFiles() {
        return dml;
    }

    /** The DDL phases whose manifests exist, in MilMove's order; every listed file was found. */
    public List<DdlPhase> ddlPhases() {
        return ddl;
    }

    /** One line for each configured DDL phase or DML manifest that is skipped because its manifest does not exist. */
    public List<String> skipped() {
        return skipped;
    }

    /**
     * MilMove's run: the main manifest's migrations, then the DDL phases, then the DML manifest's migrations, stopping
     * at the first failure. Flyway validating on migrate would see the main manifest's history only, so when
     * {@code main} does not validate on migrate, the main and DML manifests' applied migrations are validated together
     * first ({@link #validatedIgnoringPending}) and a problem stops the run before anything is applied. Within the
     * run each file is read once, so that what runs is what was checksummed; the next run reads the files again.
     *
     * @param main          the main manifest's Flyway, configured here ({@link #configure})
     * @param dml           the DML manifest's Flyway ({@link #configureDml}); empty when there is none
     * @param stopAfterMain whether the run ends after the main manifest (a target among its migrations)
     */
    public void migrateInOrder(Flyway main, Optional<Flyway> dml, boolean stopAfterMain, Steps steps) {
        readers.forEach(MilMoveResourceProvider::remember);
        try {
            if (!main.getConfiguration().isValidateOnMigrate()) {
                ValidateResult validated = validatedIgnoringPending(main.getConfiguration());
                if (!validated.validationSuccessful) {
                    throw steps.invalid(validated);
                }
            }
            steps.mainApplied(migrate(main));
            if (stopAfterMain) {
                return;
            }
            runDdl(main.getConfiguration().getDataSource(), steps::ddlRan);
            dml.ifPresent(phase -> steps.dmlApplied(migrate(phase)));
        } finally {
            readers.forEach(MilMoveResourceProvider::forget);
        }
    }

    /**
     * Flyway's validation of the main and DML manifests' applied migrations together, with {@code main}'s settings and
     * no target, as {@link #migrateInOrder} runs it: what is not applied yet (pending, or newer than the newest applied)
     * is fine.
     */
    public ValidateResult validatedIgnoringPending(Configuration main) {
        return configureVersioned(main)
                .target(MigrationVersion.LATEST)
                .ignoreMigrationPatterns("*:future", "*:pending")
                .load()
                .validateWithResult();
    }

    /** What {@link #migrateInOrder} tells its caller, as each step ends. */
    public interface Steps {
        default void mainApplied(MigrateResult result) {
        }

        default void ddlRan(DdlResult result) {
        }

        default void dmlApplied(MigrateResult result) {
        }

        /** What stops the run when validation fails; by default Flyway's own messages. */
        default RuntimeException invalid(ValidateResult result) {
            return new FlywayException("Validation failed, nothing was migrated: " + result.getAllErrorMessages());
        }
    }

    /**
     * Migrates {@code phase}, a Flyway configured here. A failing migration is reported without its contents if it is
     * secure, and with the warning of a file MilMove's Go migrator would have cut short.
     */
    public MigrateResult migrate(Flyway phase) {
        try {
            MigrateResult result = phase.migrate();
            // Only a migrate creates the S3 checksum table: reading commands leave the database as they found it.
            checksums.ifPresent(ChecksumCache::createTable);
            return result;
        } catch (FlywayException e) {
            if (Stream.iterate((Throwable) e, Objects::nonNull, Throwable::getCause)
                    .anyMatch(ManifestException.class::isInstance)) {
                // The manifest check before anything ran: it names files only, and no migration failed.
                throw e;
            }
            Optional<MigrationInfo> migration = failed.of(e, phase);
            FlywayException shown = SecureMigrationFailures.redacted(e,
                    migration.map(MigrationInfo::getPhysicalLocation).orElse(null));
            Optional<String> warning = migration.flatMap(m -> readers.stream()
                    .flatMap(reader -> reader.warning(m.getScript()).stream()).findFirst());
            throw warning.<FlywayException>map(w -> new FlywayException(shown.getMessage() + System.lineSeparator() + w,
                    shown)).orElse(shown);
        }
    }

    /**
     * Runs the DDL phases on {@code dataSource}, stopping at the first failure, which is reported without its
     * contents if the file is secure.
     *
     * @param ran told about each file once it has committed
     */
    public List<DdlResult> runDdl(DataSource dataSource, Consumer<DdlResult> ran) {
        try {
            return DdlRunner.run(dataSource, ddl, ran);
        } catch (DdlMigrationException e) {
            throw SecureMigrationFailures.redacted(e, e.location());
        }
    }

    /**
     * Reads every file of the DDL phases as {@link #runDdl} would, without a database (a dry run): a file that cannot
     * be read or would be refused fails here, reported without its contents if it is secure.
     */
    public void checkDdl() {
        try {
            DdlRunner.check(ddl);
        } catch (DdlMigrationException e) {
            throw SecureMigrationFailures.redacted(e, e.location());
        }
    }

    @Override
    public void close() {
        closeAll(resources);
    }

    private List<Callback> callbacks(ManifestResourceProvider listed) {
        List<Callback> callbacks = new ArrayList<>(List.of(new ManifestCallback(listed), failed));
        if (popHistory) {
            callbacks.add(new PopHistoryCallback());
        }
        return callbacks;
    }

    private static FluentConfiguration conventions(FluentConfiguration configuration) {
        return MilMoveConventions.apply(configuration).sqlMigrationSuffixes(MilMoveResourceProvider.SUFFIXES);
    }

    private static FluentConfiguration copy(Configuration configuration) {
        return conventions(Flyway.configure(configuration.getClassLoader()).configuration(configuration));
    }

    private static void closeAll(List<AutoCloseable> resources) {
        for (AutoCloseable resource : resources) {
            try {
                resource.close();
            } catch (Exception e) {
                throw new IllegalStateException("could not close " + resource, e);
            }
        }
    }

    /** What {@link #open} opens, collected so that a failure half-way closes what was opened so far. */
    private static final class Opened {
        private final MilMoveSettings settings;
        private final DataSource checksums;
        private final List<AutoCloseable> resources = new ArrayList<>();
        private final List<MilMoveResourceProvider> readers = new ArrayList<>();
        private final List<DdlPhase> phases = new ArrayList<>();
        private final List<String> skipped = new ArrayList<>();
        private S3Client client;
        private Optional<ChecksumCache> cache = Optional.empty();

        Opened(MilMoveSettings settings, DataSource checksums) {
            this.settings = settings;
            this.checksums = checksums;
        }

        MilMoveFlyway open() {
            client = needsS3() ? settings.s3().createClient() : null;
            if (client != null) {
                resources.add(client);
            }
            var dml = settings.dml().manifest();
            // A replacement file takes an S3 object's name, so only runs without one may skip fetching unchanged objects.
            if (client != null && checksums != null && settings.replacement().isEmpty()) {
                cache = Optional.of(ChecksumCache.load(checksums, HISTORY_TABLE, settings.reading().describe()));
            }
            Set<String> listedNames = Stream.concat(Stream.of(settings.main()), dml.stream())
                    .flatMap(m -> m.fileNames().stream()).collect(Collectors.toSet());
            var builder = MigrationPathResourceProvider.builder(settings.path())
                    .s3(client)
                    .fetchOnly(listedNames::contains)
                    .expectedFiles(listedNames);
            cache.ifPresent(builder::checksumCache);
            MigrationPathResourceProvider files = track(builder.build());
            MilMoveResourceProvider read = reader(settings.replacement().isEmpty() ? files
                    : replaced(files, settings.replacement().get()));
            ResourceProvider seen = cache.map(c -> c.wrap(read, files)).orElse(read);
            cache.ifPresent(c -> resources.add(c::save));
            List<String> searched = settings.path().describe();
            var mainListed = new ManifestResourceProvider(settings.main(), seen, searched);
            var dmlListed = dml.map(m -> new ManifestResourceProvider(m, seen, searched));
            for (MilMoveSettings.DdlFiles phase : settings.ddl()) {
                addPhase(phase);
            }
            if (settings.dml().file() != null && dml.isEmpty()) {
                skipped.add("DML: skipped, no manifest " + settings.dml().file());
            }
            // Resources are closed in reverse: file sources before the client they read with.
            Collections.reverse(resources);
            return new MilMoveFlyway(this, mainListed, dmlListed, settings.reading().popHistory());
        }

        private boolean needsS3() {
            return Stream.concat(Stream.of(settings.path()), settings.ddl().stream().flatMap(d -> d.path().stream()))
                    .flatMap(p -> p.locations().stream())
                    .anyMatch(S3Prefix.class::isInstance);
        }

        private void addPhase(MilMoveSettings.DdlFiles phase) {
            if (phase.manifest().manifest().isEmpty() || phase.path().isEmpty()) {
                skipped.add(phase.phase() + ": skipped, no manifest " + phase.manifest().file());
                return;
            }
            var manifest = phase.manifest().manifest().get();
            MigrationPath path = phase.path().get();
            MilMoveResourceProvider read = reader(track(MigrationPathResourceProvider.builder(path)
                    .s3(client).fetchOnly(manifest::lists)
                    .expectedFiles(manifest.fileNames()).build()));
            var listed = new ManifestResourceProvider(manifest, read, path.describe());
            // A listed file that is missing fails here, before anything runs.
            listed.requireListedFiles(MilMoveResourceProvider.SUFFIXES);
            List<LoadableResource> files = manifest.entries().stream()
                    .map(entry -> listed.getResource(entry.fileName()))
                    .toList();
            phases.add(new DdlPhase(phase.phase(), files));
        }

        private ResourceProvider replaced(ResourceProvider files, Path file) {
            Path folder = file.toAbsolutePath().getParent();
            var folderFiles = track(new MigrationPathResourceProvider(new MigrationPath(List.of(new LocalFolder(folder)))));
            return new ReplacedFile(files, folderFiles.getResource(file.getFileName().toString()));
        }

        private MilMoveResourceProvider reader(ResourceProvider files) {
            MilMoveSettings.Reading reading = settings.reading();
            MilMoveResourceProvider reader = MilMoveResourceProvider.builder(files)
                    .milMoveSql(reading.milMoveSql())
                    .replay(reading.replayed(), reading.replayHint())
                    .onWarning(reading.warnings())
                    .build();
            readers.add(reader);
            return reader;
        }

        private <T extends AutoCloseable> T track(T resource) {
            resources.add(resource);
            return resource;
        }

        void closeAll() {
            Collections.reverse(resources);
            MilMoveFlyway.closeAll(resources);
        }
    }
}
