package org.milmove.flyway.manifest;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.logging.Log;
import org.flywaydb.core.api.logging.LogFactory;
import org.flywaydb.core.api.resource.LoadableResource;

/**
 * Shows Flyway only the files the manifest lists: a decorator over the {@link ResourceProvider} that finds the
 * files. Pair it with {@link ManifestCallback} so that listed files that are missing fail the run before anything
 * is applied.
 *
 * <pre>{@code
 * var listed = new ManifestResourceProvider(Manifest.read(manifestFile), files, List.of("file:///srv/migrations"));
 * Flyway.configure().resourceProvider(listed).callbacks(new ManifestCallback(listed));
 * }</pre>
 */
public final class ManifestResourceProvider implements ResourceProvider {
    private static final Log LOG = LogFactory.getLog(ManifestResourceProvider.class);

    private final Manifest manifest;
    private final ResourceProvider files;
    private final List<String> searched;
    private final AtomicBoolean skippedReported = new AtomicBoolean();

    /**
     * @param manifest the files that may run
     * @param files    finds the migration files
     * @param searched the places {@code files} looks in, for error messages (for example {@code file:///srv/schema})
     */
    public ManifestResourceProvider(Manifest manifest, ResourceProvider files, List<String> searched) {
        this.manifest = manifest;
        this.files = files;
        this.searched = List.copyOf(searched);
    }

    public Manifest manifest() {
        return manifest;
    }

    @Override
    public LoadableResource getResource(String name) {
        return manifest.lists(name) ? files.getResource(name) : null;
    }

    @Override
    public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
        List<LoadableResource> listed = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (LoadableResource resource : files.getResources(prefix, suffixes)) {
            if (manifest.lists(resource.getFilename())) {
                listed.add(resource);
            } else {
                skipped.add(resource.getFilename());
            }
        }
        if (!skipped.isEmpty() && skippedReported.compareAndSet(false, true)) {
            LOG.info("Skipping " + Manifest.count(skipped.size(), "file") + " not listed in " + manifest.source());
            LOG.debug("Not listed in the manifest: " + String.join(", ", skipped));
        }
        return listed;
    }

    /**
     * Checks that every listed file can be found.
     *
     * @param suffixes the migration file suffixes Flyway is configured with
     * @throws ManifestException naming every listed file that is missing and every place searched
     */
    public void requireListedFiles(String[] suffixes) {
        Set<String> found = new HashSet<>();
        for (LoadableResource resource : files.getResources("", suffixes)) {
            found.add(resource.getFilename());
        }
        List<String> missing = manifest.entries().stream()
                .filter(entry -> !found.contains(entry.fileName()))
                .map(entry -> Quoted.cut(entry.fileName()) + " (line " + entry.line() + ")")
                .toList();
        if (!missing.isEmpty()) {
            throw new ManifestException(
                    Manifest.count(missing.size(), "migration") + " listed in " + manifest.source() + " could not be found:",
                    missing,
                    "Searched: " + String.join(", ", searched) + System.lineSeparator()
                            + "Add the files to one of these places, or remove their lines from the manifest.");
        }
    }
}
