package org.milmove.flyway.compat;

import java.io.Reader;
import java.util.function.Supplier;
import org.flywaydb.core.api.resource.LoadableResource;

/** A migration file whose text Flyway sees as {@code text} gives it; name, location and streaming unchanged. */
final class ReadAs extends LoadableResource {
    private final LoadableResource file;
    private final Supplier<Reader> text;

    ReadAs(LoadableResource file, Supplier<Reader> text) {
        this.file = file;
        this.text = text;
    }

    @Override
    public Reader read() {
        return text.get();
    }

    @Override
    public boolean shouldStream() {
        return file.shouldStream();
    }

    @Override
    public String getAbsolutePath() {
        return file.getAbsolutePath();
    }

    @Override
    public String getAbsolutePathOnDisk() {
        return file.getAbsolutePathOnDisk();
    }

    @Override
    public String getFilename() {
        return file.getFilename();
    }

    @Override
    public String getRelativePath() {
        return file.getRelativePath();
    }
}
