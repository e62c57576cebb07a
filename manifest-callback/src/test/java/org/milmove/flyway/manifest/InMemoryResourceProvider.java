package org.milmove.flyway.manifest;

import java.io.Reader;
import java.io.StringReader;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.resource.LoadableResource;

/** Migration files held as strings: the manifest works over any ResourceProvider, not only ours. */
final class InMemoryResourceProvider implements ResourceProvider {
    private final Map<String, String> files = new TreeMap<>();

    InMemoryResourceProvider put(String name, String sql) {
        files.put(name, sql);
        return this;
    }

    @Override
    public LoadableResource getResource(String name) {
        return files.containsKey(name) ? new StringResource(name, files.get(name)) : null;
    }

    @Override
    public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
        return files.keySet().stream()
                .filter(name -> name.startsWith(prefix) && Arrays.stream(suffixes).anyMatch(name::endsWith))
                .map(this::getResource)
                .toList();
    }

    private static final class StringResource extends LoadableResource {
        private final String name;
        private final String sql;

        StringResource(String name, String sql) {
            this.name = name;
            this.sql = sql;
        }

        @Override
        public Reader read() {
            return new StringReader(sql);
        }

        @Override
        public String getAbsolutePath() {
            return "memory:" + name;
        }

        @Override
        public String getAbsolutePathOnDisk() {
            return getAbsolutePath();
        }

        @Override
        public String getFilename() {
            return name;
        }

        @Override
        public String getRelativePath() {
            return name;
        }
    }
}
