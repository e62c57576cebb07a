package org.milmove.flyway.setup;

import java.util.Arrays;
import java.util.Collection;
import java.util.stream.Stream;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.resource.LoadableResource;

/** The migration files as found, with the one of {@code file}'s name served from {@code file} instead. */
final class ReplacedFile implements ResourceProvider {
    private final ResourceProvider files;
    private final LoadableResource file;

    ReplacedFile(ResourceProvider files, LoadableResource file) {
        this.files = files;
        this.file = file;
    }

    @Override
    public LoadableResource getResource(String name) {
        return name.equals(file.getFilename()) ? file : files.getResource(name);
    }

    @Override
    public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
        String name = file.getFilename();
        Stream<LoadableResource> replacement = name.startsWith(prefix) && Arrays.stream(suffixes).anyMatch(name::endsWith)
                ? Stream.of(file) : Stream.empty();
        return Stream.concat(files.getResources(prefix, suffixes).stream().filter(found -> !found.getFilename().equals(name)),
                replacement).toList();
    }
}
