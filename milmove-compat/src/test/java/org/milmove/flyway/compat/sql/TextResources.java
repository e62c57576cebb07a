package org.milmove.flyway.compat.sql;

import java.io.Reader;
import java.io.StringReader;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.resource.LoadableResource;

/** Migration files held as strings, each read through {@code reading} as a ResourceProvider of the toolkit would. */
final class TextResources implements ResourceProvider {
    private final Map<String, String> files = new TreeMap<>();
    private final UnaryOperator<Reader> reading;

    TextResources(UnaryOperator<Reader> reading) {
        this.reading = reading;
    }

    TextResources put(String name, String sql) {
        files.put(name, sql);
        return this;
    }

    @Override
    public LoadableResource getResource(String name) {
        return files.containsKey(name) ? new TextResource(name) : null;
    }

    @Override
    public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
        return files.keySet().stream()
                .filter(name -> name.startsWith(prefix) && Arrays.stream(suffixes).anyMatch(name::endsWith))
                .map(this::getResource)
                .toList();
    }

    private final class TextResource extends LoadableResource {
        private final String name;

        TextResource(String name) {
            this.name = name;
        }

        @Override
        public Reader read() {
            return reading.apply(new StringReader(files.get(name)));
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
