package org.milmove.flyway.compat;

import java.io.Reader;
import java.util.function.UnaryOperator;
import org.flywaydb.core.api.resource.LoadableResource;

/** A migration file whose text Flyway sees through a transformation; name, location and streaming unchanged. */
final class ReadAs extends LoadableResource {
    private final LoadableResource file;
    private final UnaryOperator<Reader> transformation;

    ReadAs(LoadableResource file, UnaryOperator<Reader> transformation) {
        this.file = file;
        this.transformation = transformation;
    }

    @Override
    public Reader read() {
        return transformation.apply(file.read());
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
