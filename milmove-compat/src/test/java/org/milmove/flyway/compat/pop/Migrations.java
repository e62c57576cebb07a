package org.milmove.flyway.compat.pop;

import java.io.Reader;
import java.io.StringReader;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.resource.LoadableResource;

/** Migration files held as strings, named as MilMove names them. */
final class Migrations implements ResourceProvider {
    private final Map<String, String> files = new TreeMap<>();

    Migrations put(String name, String sql) {
        files.put(name, sql);
        return this;
    }

    Migrations remove(String name) {
        files.remove(name);
        return this;
    }

    @Override
    public LoadableResource getResource(String name) {
        String sql = files.get(name);
        return sql == null ? null : new LoadableResource() {
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
        };
    }

    @Override
    public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
        return files.keySet().stream()
                .filter(name -> name.startsWith(prefix) && Arrays.stream(suffixes).anyMatch(name::endsWith))
                .map(this::getResource)
                .toList();
    }
}
