package org.milmove.flyway.plugin;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.Location;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.resource.LoadableResource;
import org.flywaydb.core.internal.scanner.ReadOnlyLocationHandler;
import org.milmove.flyway.compat.MilMoveResourceProvider;
import org.milmove.flyway.manifest.ManifestResourceProvider;
import org.milmove.flyway.setup.MilMoveFlyway;

/**
 * The {@code milmove:} location: the files the {@code flyway.milmove.manifest} lists, found in the places of
 * {@code flyway.milmove.migrationPath} (local folders and S3), read as MilMove reads them. A listed file that is
 * missing fails the scan, before anything runs. This is how Flyway's own location types are added (S3, GCS), through
 * its internal {@code ReadOnlyLocationHandler}: tied to Flyway 13.
 *
 * <p>Each distinct configuration opens its stack (and S3 client) once per JVM; they are closed when the JVM exits,
 * since Flyway reads files after the scan and says nothing when it is done.
 */
public class MilMoveLocationHandler implements ReadOnlyLocationHandler {
    private static final String PREFIX = "milmove:";
    private static final Map<PluginSettings, MilMoveFlyway> OPENED = new ConcurrentHashMap<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> OPENED.values().forEach(MilMoveFlyway::close),
                "milmove-flyway-close"));
    }

    @Override
    public String getPrefix() {
        return PREFIX;
    }

    @Override
    public Collection<LoadableResource> scanForResources(Location location, Configuration configuration) {
        ManifestResourceProvider listed = stack(location, configuration).mainFiles();
        listed.requireListedFiles(configuration.getSqlMigrationSuffixes());
        return listed.getResources("", MilMoveResourceProvider.SUFFIXES);
    }

    @Override
    public Optional<LoadableResource> getResource(Location location, Configuration configuration) {
        return Optional.ofNullable(stack(location, configuration).mainFiles().getResource(location.getPath()));
    }

    @Override
    public boolean handlesWildcards() {
        return false;
    }

    @Override
    public String getPathSeparator() {
        return "/";
    }

    @Override
    public String normalizePath(String path) {
        return path;
    }

    private static MilMoveFlyway stack(Location location, Configuration configuration) {
        if (!location.getRootPath().isEmpty()) {
            throw new FlywayException("The milmove: location takes no path (" + PREFIX + location.getRootPath()
                    + "): name the manifest with flyway.milmove.manifest and the places with flyway.milmove.migrationPath.");
        }
        return OPENED.computeIfAbsent(PluginSettings.of(configuration), settings -> settings.settings().open());
    }
}
