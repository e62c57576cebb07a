package org.milmove.flyway.resolver;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.resource.LoadableResource;
import org.milmove.flyway.resolver.MigrationLocation.LocalFolder;
import org.milmove.flyway.resolver.MigrationLocation.S3Prefix;

/**
 * Serves Flyway the migration files of every {@link MigrationPath} entry. A file name found in two entries is an
 * error, never a silent pick.
 *
 * <pre>{@code
 * var files = new MigrationPathResourceProvider(MigrationPath.parse(System.getenv("MIGRATION_PATH"), Path.of("")));
 * Flyway.configure().resourceProvider(files);
 * }</pre>
 */
public final class MigrationPathResourceProvider implements ResourceProvider {
    private final List<MigrationSource> sources;

    public MigrationPathResourceProvider(MigrationPath path) {
        this.sources = path.locations().stream().map(MigrationPathResourceProvider::source).toList();
    }

    private static MigrationSource source(MigrationLocation location) {
        if (location instanceof S3Prefix s3) {
            throw new MigrationPathException("MIGRATION_PATH entry " + s3 + ": s3:// entries are not supported yet;"
                    + " use local folders for now");
        }
        return new LocalFolderSource((LocalFolder) location);
    }

    @Override
    public LoadableResource getResource(String name) {
        return matching(name, new String[] {""}).stream()
                .filter(resource -> resource.getFilename().equals(name))
                .findFirst()
                .orElse(null);
    }

    @Override
    public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
        return matching(prefix, suffixes);
    }

    private List<LoadableResource> matching(String prefix, String[] suffixes) {
        Map<String, MigrationSource> foundIn = new LinkedHashMap<>();
        List<LoadableResource> matches = new ArrayList<>();
        for (MigrationSource source : sources) {
            for (LoadableResource file : source.files()) {
                String name = file.getFilename();
                if (!name.startsWith(prefix) || Arrays.stream(suffixes).noneMatch(name::endsWith)) {
                    continue;
                }
                MigrationSource earlier = foundIn.putIfAbsent(name, source);
                if (earlier != null) {
                    throw new MigrationPathException(name + " is in two MIGRATION_PATH entries: " + earlier + " and "
                            + source + "; keep one of them");
                }
                matches.add(file);
            }
        }
        return matches;
    }
}
