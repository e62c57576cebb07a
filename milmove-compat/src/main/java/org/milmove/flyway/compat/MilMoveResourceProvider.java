package org.milmove.flyway.compat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.logging.Log;
import org.flywaydb.core.api.logging.LogFactory;
import org.flywaydb.core.api.resource.LoadableResource;
import org.milmove.flyway.compat.fizz.Fizz;
import org.milmove.flyway.compat.sql.CutShort;
import org.milmove.flyway.compat.sql.MilMoveSql;

/**
 * Serves MilMove's migration files to Flyway the way MilMove's Go migrator reads them, decorating the
 * {@link ResourceProvider} that finds them: {@code .up.fizz} files are translated to SQL in memory; {@code .up.sql}
 * files are read with MilMove's semantics ({@link MilMoveSql#read}: COPY data as MilMove reads it, raw migrations,
 * search_path lines dropped), or, for the versions listed for replay, reduced to exactly the statements MilMove ran.
 * Flyway's checksum is taken over the SQL it runs, so it changes if these settings change. Between {@link #remember()}
 * and {@link #forget()} (one run of several Flyway commands), a file small enough for Flyway to hold in memory is read
 * and translated once: validation, migrate and execution see the same text, so what runs is what was checksummed.
 *
 * <pre>{@code
 * var files = MilMoveResourceProvider.builder(localAndS3Files).build();
 * Flyway.configure().sqlMigrationSuffixes(MilMoveResourceProvider.SUFFIXES).resourceProvider(files)...
 * }</pre>
 */
public final class MilMoveResourceProvider implements ResourceProvider {
    /** The file suffixes to configure Flyway with. */
    public static final String[] SUFFIXES = {".up.sql", ".up.fizz"};
    private static final String FIZZ = ".up.fizz";
    private static final Log LOG = LogFactory.getLog(MilMoveResourceProvider.class);

    private final ResourceProvider files;
    private final boolean milMoveSql;
    private final Set<String> replayed;
    private final String replayHint;
    private final Consumer<String> warn;
    private final Map<String, String> warnings = new ConcurrentHashMap<>();
    private final Map<String, String> texts = new ConcurrentHashMap<>();
    private volatile boolean remembering;

    private MilMoveResourceProvider(Builder builder) {
        this.files = builder.files;
        this.milMoveSql = builder.milMoveSql;
        this.replayed = Set.copyOf(builder.replayed);
        this.replayHint = builder.replayHint;
        this.warn = builder.warn;
    }

    public static Builder builder(ResourceProvider files) {
        return new Builder(files);
    }

    @Override
    public LoadableResource getResource(String name) {
        LoadableResource file = files.getResource(name);
        return file == null ? null : decorate(file);
    }

    @Override
    public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
        return files.getResources(prefix, suffixes).stream().map(this::decorate).toList();
    }

    /**
     * The warning given for a file that MilMove's Go migrator would have cut short, once the file has been read;
     * worth repeating when that migration fails.
     */
    public Optional<String> warning(String fileName) {
        return Optional.ofNullable(warnings.get(fileName));
    }

    /** From now until {@link #forget()}, each file held in memory is read and translated once. */
    public void remember() {
        remembering = true;
    }

    /** Forgets the texts read so far: from now on each read reads the file again, as it is then. */
    public void forget() {
        remembering = false;
        texts.clear();
    }

    private LoadableResource decorate(LoadableResource file) {
        String name = file.getFilename();
        if (name.endsWith(FIZZ)) {
            return readAs(file, reader -> new StringReader(Fizz.toSql(name, text(reader))));
        }
        if (replayed.contains(version(name))) {
            return readAs(file, reader -> new StringReader(replay(reader)));
        }
        if (milMoveSql) {
            return readAs(file, reader -> MilMoveSql.read(reader, cut -> warn(name, cut)));
        }
        return file;
    }

    private LoadableResource readAs(LoadableResource file, UnaryOperator<Reader> reading) {
        return new ReadAs(file, () -> {
            if (!remembering || file.shouldStream()) {
                return reading.apply(file.read());
            }
            String path = file.getAbsolutePath();
            String text = texts.get(path);
            if (text == null) {
                text = text(reading.apply(file.read()));
                texts.put(path, text);
            }
            return new StringReader(text);
        });
    }

    private void warn(String fileName, CutShort cut) {
        String warning = cut.warning(fileName, replayHint);
        if (warnings.putIfAbsent(fileName, warning) == null) {
            warn.accept(warning);
        }
    }

    private static String version(String fileName) {
        int separator = fileName.indexOf('_');
        return separator < 0 ? fileName : fileName.substring(0, separator);
    }

    private static String replay(Reader reader) {
        try (reader) {
            return MilMoveSql.replay(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(Reader reader) {
        try (reader) {
            StringWriter text = new StringWriter();
            reader.transferTo(text);
            return text.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Options; by default fizz is translated and SQL is read as MilMove reads it, with nothing replayed. */
    public static final class Builder {
        private final ResourceProvider files;
        private boolean milMoveSql = true;
        private Set<String> replayed = Set.of();
        private String replayHint = "list its version for replay";
        private Consumer<String> warn = LOG::warn;

        private Builder(ResourceProvider files) {
            this.files = files;
        }

        /** Whether {@code .up.sql} files are read as MilMove reads them (default) or passed to Flyway unchanged. */
        public Builder milMoveSql(boolean enabled) {
            this.milMoveSql = enabled;
            return this;
        }

        /**
         * Versions whose files run exactly as MilMove's Go migrator ran them, statements it silently skipped left out.
         *
         * @param hint how a user lists a version for replay, for the warning on files MilMove cuts short
         */
        public Builder replay(Set<String> versions, String hint) {
            this.replayed = versions;
            this.replayHint = hint;
            return this;
        }

        /** Where warnings go (default: Flyway's log, at WARN); each is given once per file. */
        public Builder onWarning(Consumer<String> warnings) {
            this.warn = warnings;
            return this;
        }

        public MilMoveResourceProvider build() {
            return new MilMoveResourceProvider(this);
        }
    }
}
