package org.milmove.flyway.resolver;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.flywaydb.core.api.resource.LoadableResource;
import org.milmove.flyway.resolver.MigrationLocation.LocalFolder;

/** Migration files in a local folder (not its subfolders), read as UTF-8; files over 1 MiB run streamed. */
final class LocalFolderSource implements MigrationSource {
    private final LocalFolder location;
    private List<LoadableResource> files;

    LocalFolderSource(LocalFolder location) {
        if (!Files.isDirectory(location.folder())) {
            throw new MigrationPathException("MIGRATION_PATH entry " + Quoted.cut(location.toString()) + " is not a folder that exists;"
                    + " check the path (relative paths are relative to the current directory)");
        }
        this.location = location;
    }

    @Override
    public synchronized List<LoadableResource> files() {
        if (files == null) {
            try (Stream<Path> children = Files.list(location.folder())) {
                files = children.filter(Files::isRegularFile).sorted().<LoadableResource>map(FileResource::new).toList();
            } catch (IOException e) {
                throw new UncheckedIOException("could not list MIGRATION_PATH entry " + location, e);
            }
        }
        return files;
    }

    @Override
    public String toString() {
        return location.toString();
    }

    private static final class FileResource extends LoadableResource {
        /** Flyway's own file resources stream above this size too. */
        private static final long STREAM_ABOVE = 1L << 20;

        private final Path file;

        FileResource(Path file) {
            this.file = file;
        }

        @Override
        public Reader read() {
            try {
                return new ReportedReads(Files.newBufferedReader(file, StandardCharsets.UTF_8), this::unreadable);
            } catch (IOException e) {
                throw unreadable(e);
            }
        }

        /** A large file (a production data dump) runs statement by statement, never held in memory whole. */
        @Override
        public boolean shouldStream() {
            try {
                return Files.size(file) > STREAM_ABOVE;
            } catch (IOException e) {
                throw unreadable(e);
            }
        }

        private UncheckedIOException unreadable(IOException e) {
            return new UncheckedIOException("could not read migration file " + file, e);
        }

        @Override
        public String getAbsolutePath() {
            return file.toString();
        }

        @Override
        public String getAbsolutePathOnDisk() {
            return file.toString();
        }

        @Override
        public String getFilename() {
            return file.getFileName().toString();
        }

        /** The file name alone, so the history's script column reads the same wherever a file came from. */
        @Override
        public String getRelativePath() {
            return getFilename();
        }
    }
}
