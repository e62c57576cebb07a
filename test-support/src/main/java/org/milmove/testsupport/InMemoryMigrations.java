package org.milmove.testsupport;

import java.io.Reader;
import java.io.StringReader;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.resource.LoadableResource;

/**
 * Migration files held as strings, for Flyway: the toolkit's providers and callbacks work over any ResourceProvider,
 * not only over folders and S3.
 */
public final class InMemoryMigrations implements ResourceProvider {
    private final Map<String, String> files = new TreeMap<>();
    private final UnaryOperator<Reader> reading;

    /** Files read as they are. */
    public InMemoryMigrations() {
        this(UnaryOperator.identity());
    }

    /** Files read through {@code reading}, as a provider that transforms text would read them. */
    public InMemoryMigrations(UnaryOperator<Reader> reading) {
        this.reading = reading;
    }

    public InMemoryMigrations put(String name, String sql) {
        files.put(name, sql);
        return this;
    }

    public InMemoryMigrations remove(String name) {
        files.remove(name);
        return this;
    }

    /** One file, outside any provider; its location is {@code memory:<name>}. */
    public static LoadableResource file(String name, String sql) {
        return new TextResource(name, () -> new StringReader(sql));
    }

    @Override
    public LoadableResource getResource(String name) {
        return files.containsKey(name) ? new TextResource(name, () -> reading.apply(new StringReader(files.get(name)))) : null;
    }

    @Override
    public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
        return files.keySet().stream()
                .filter(name -> name.startsWith(prefix) && Arrays.stream(suffixes).anyMatch(name::endsWith))
                .map(this::getResource)
                .toList();
    }

    private static final class TextResource extends LoadableResource {
        private final String name;
        private final Supplier<Reader> text;

        TextResource(String name, Supplier<Reader> text) {
            this.name = name;
            this.text = text;
        }

        @Override
        public Reader read() {
            return text.get();
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
