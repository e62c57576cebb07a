package org.milmove.flyway.setup;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.resource.LoadableResource;

/** The files of several manifests as one set, so that info, validate and adopt see the whole history at once. */
record CombinedResources(List<ResourceProvider> parts) implements ResourceProvider {

    @Override
    public LoadableResource getResource(String name) {
        return parts.stream().map(part -> part.getResource(name)).filter(Objects::nonNull).findFirst().orElse(null);
    }

    @Override
    public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
        return parts.stream().flatMap(part -> part.getResources(prefix, suffixes).stream()).toList();
    }
}
